package cn.gxnews.portal.section;

/** A section was added or changed: the public site's pages that name it change with it. */
public record SectionChanged(long sectionId) {
}
