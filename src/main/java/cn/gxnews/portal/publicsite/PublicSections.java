package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The sections (栏目) as the public pages show them, kept in memory as long as the cached pages are ({@link
 * KeptWithPages}): every article and list page names its section, and they change only when an administrator
 * edits one.
 */
@Component
class PublicSections {

    private final KeptWithPages<List<Section>> all;

    PublicSections(SectionService sections, PageCache pages) {
        this.all = new KeptWithPages<>(pages, () -> List.copyOf(sections.findAll()));
    }

    /** Every section, in the administrators' order. */
    List<Section> findAll() {
        return all.get();
    }

    Optional<Section> find(long id) {
        return findAll().stream().filter(section -> section.id() == id).findFirst();
    }

    Optional<Section> findBySlug(String slug) {
        return findAll().stream().filter(section -> section.slug().equals(slug)).findFirst();
    }
}
