package cn.gxnews.portal.section;

import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.section.repository.SectionRepository;
import cn.gxnews.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections (栏目). Everyone may read them (the public site lists them); administrators add and change them.
 * A section is removed only while no article (in the recycle bin or not) belongs to it, and never the last one.
 */
@Service
public class SectionService {

    private static final String ADMINS = "hasRole('" + Roles.ADMIN + "')";
    /** Lower-case letters and digits, in words joined by single hyphens: {@code company-news}. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SectionRepository sections;
    private final ApplicationEventPublisher events;

    SectionService(SectionRepository sections, ApplicationEventPublisher events) {
        this.sections = sections;
        this.events = events;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Section> findAll() {
        return sections.findAll();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Section> find(long id) {
        return sections.find(id);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Section> findBySlug(String slug) {
        return sections.findAll().stream().filter(section -> section.slug().equals(slug)).findFirst();
    }

    /** Adds a section after the others. */
    @PreAuthorize(ADMINS)
    @Transactional
    public Section add(String slug, String nameZh, String nameEn) {
        Section cleaned = check(new Section(0, slug.strip(), nameZh.strip(), nameEn.strip(), 0, 0));
        int position = sections.findAll().stream().mapToInt(Section::position).max().orElse(0) + 1;
        long id = sections.insert(cleaned.slug(), cleaned.nameZh(), cleaned.nameEn(), position);
        events.publishEvent(new SectionChanged(id));
        events.publishEvent(AdministrativeChange.between(AdministrativeChange.Kind.SECTION_ADDED, cleaned.slug(),
                Map.of(), fields(cleaned)));
        return sections.find(id).orElseThrow();
    }

    /**
     * Changes a section's names, slug or position; the public pages follow at once (an old slug's address is
     * then not found).
     *
     * @throws SectionRefusedException when a field is wrong, the slug is taken, or someone else changed it first
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public Section update(Section section, int expectedVersion) {
        Section cleaned = check(new Section(section.id(), section.slug().strip(), section.nameZh().strip(),
                section.nameEn().strip(), section.position(), section.version()));
        Section before = sections.find(section.id()).orElseThrow(() -> new SectionRefusedException("", "error.section.stale"));
        if (!sections.update(cleaned, expectedVersion)) {
            throw new SectionRefusedException("", "error.section.stale");
        }
        events.publishEvent(new SectionChanged(section.id()));
        AdministrativeChange change = AdministrativeChange.between(AdministrativeChange.Kind.SECTION_CHANGED,
                cleaned.slug(), fields(before), fields(cleaned));
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return sections.find(section.id()).orElseThrow();
    }

    /**
     * Moves a section one place up or down the list (the public site's navigation follows).
     *
     * @param up {@code true} to move it before the one above it
     * @throws SectionRefusedException when it is gone or someone changed it since {@code expectedVersion}
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public void move(long id, int expectedVersion, boolean up) {
        sections.lockAll();
        List<Section> all = new ArrayList<>(sections.findAll());
        int at = indexOf(all, id, expectedVersion);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= all.size()) {
            return;
        }
        Section moved = all.remove(at);
        all.add(to, moved);
        sections.renumber(all.stream().map(Section::id).toList());
        events.publishEvent(new SectionChanged(id));
        events.publishEvent(AdministrativeChange.between(AdministrativeChange.Kind.SECTION_CHANGED, moved.slug(),
                Map.of("position", String.valueOf(at + 1)), Map.of("position", String.valueOf(to + 1))));
    }

    /**
     * Removes a section no article belongs to.
     *
     * @throws SectionRefusedException when articles belong to it (in the recycle bin too), it is the last section,
     *                                 or it is gone or changed since {@code expectedVersion}
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public void remove(long id, int expectedVersion) {
        sections.lockAll();
        List<Section> all = sections.findAll();
        Section removed = all.get(indexOf(all, id, expectedVersion));
        if (all.size() == 1) {
            throw new SectionRefusedException("", "error.section.last");
        }
        int articles = sections.countArticles(id);
        if (articles > 0) {
            throw new SectionRefusedException("", "error.section.inUse", removed.nameZh(), articles);
        }
        if (!sections.delete(id, expectedVersion)) {
            throw new SectionRefusedException("", "error.section.stale");
        }
        sections.renumber(all.stream().map(Section::id).filter(each -> each != id).toList());
        events.publishEvent(new SectionChanged(id));
        events.publishEvent(new AdministrativeChange(AdministrativeChange.Kind.SECTION_REMOVED, removed.slug(),
                fields(removed), Map.of()));
    }

    private static int indexOf(List<Section> all, long id, int expectedVersion) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                if (all.get(i).version() != expectedVersion) {
                    throw new SectionRefusedException("", "error.section.stale");
                }
                return i;
            }
        }
        throw new SectionRefusedException("", "error.section.notFound");
    }

    private Section check(Section section) {
        PlainText.check("section.nameZh", section.nameZh(), false);
        PlainText.check("section.nameEn", section.nameEn(), false);
        if (section.nameZh().isEmpty()) {
            throw new SectionRefusedException("nameZh", "error.section.nameMissing");
        }
        if (section.nameZh().length() > Section.NAME_ZH_MAX) {
            throw new SectionRefusedException("nameZh", "error.section.tooLong", Section.NAME_ZH_MAX);
        }
        if (section.nameEn().isEmpty()) {
            throw new SectionRefusedException("nameEn", "error.section.nameMissing");
        }
        if (section.nameEn().length() > Section.NAME_EN_MAX) {
            throw new SectionRefusedException("nameEn", "error.section.tooLong", Section.NAME_EN_MAX);
        }
        if (section.slug().length() > Section.SLUG_MAX || !SLUG.matcher(section.slug()).matches()) {
            throw new SectionRefusedException("slug", "error.section.slug", Section.SLUG_MAX);
        }
        if (sections.slugTaken(section.slug(), section.id())) {
            throw new SectionRefusedException("slug", "error.section.slugTaken", section.slug());
        }
        return section;
    }

    private static Map<String, String> fields(Section section) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", section.slug());
        fields.put("nameZh", section.nameZh());
        fields.put("nameEn", section.nameEn());
        return fields;
    }
}
