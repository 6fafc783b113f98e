package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.office.Office;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A page of a news list, with the links to the neighbouring pages, the office filter and the section filter.
 *
 * @param office       the office whose news this is, or {@code null} for all
 * @param sectionLinks the section filter (links of the same shape as the office filter's)
 * @param feedHref     the Atom feed of the section shown, or {@code null}
 */
public record ListPage(String heading, List<NewsTeaser> teasers, int page, int pages, @Nullable String previousHref,
                       @Nullable String nextHref, @Nullable Office office, List<OfficeLink> officeLinks,
                       List<OfficeLink> sectionLinks, @Nullable String feedHref) {

    /** A link of the office filter. */
    public record OfficeLink(String name, String href, boolean current) {
    }
}
