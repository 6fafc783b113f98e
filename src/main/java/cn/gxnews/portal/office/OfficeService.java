package cn.gxnews.portal.office;

import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.office.repository.OfficeRepository;
import cn.gxnews.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regional offices. Their contact details are public (the Contact Us page shows them). */
@Service
public class OfficeService {

    private final OfficeRepository offices;
    private final ApplicationEventPublisher events;

    OfficeService(OfficeRepository offices, ApplicationEventPublisher events) {
        this.offices = offices;
        this.events = events;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int version(String code) {
        return offices.version(code);
    }

    /**
     * Administrators change what the Contact Us page shows about an office; the public pages show it at once.
     *
     * @throws OfficeRefusedException when a field is missing or too long, or someone else changed it first
     * @throws cn.gxnews.portal.base.TextRefusedException when a field holds a character the portal does not store
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public Office update(Office office, int expectedVersion) {
        return update(office, offices.reviewLevels(office.code()), expectedVersion);
    }

    /** The office's review levels (三审制): how many, and who takes each. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public ReviewLevels reviewLevels(String code) {
        return offices.reviewLevels(code);
    }

    /**
     * Changes the office's contact details and its review levels together. Articles already in review keep the
     * level they reached; an office that now has fewer levels treats a higher one as its final level, so nothing
     * waits for a level that no longer exists (decision 0025).
     *
     * @throws OfficeRefusedException like {@link #update(Office, int)}
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public Office update(Office office, ReviewLevels levels, int expectedVersion) {
        Office cleaned = new Office(office.code(), office.nameZh().strip(), office.nameEn().strip(),
                office.address().strip(), office.contactPerson().strip(), office.phone().strip());
        PlainText.check("office.nameZh", cleaned.nameZh(), false);
        PlainText.check("office.nameEn", cleaned.nameEn(), false);
        PlainText.check("office.address", cleaned.address(), false);
        PlainText.check("office.contact", cleaned.contactPerson(), false);
        if (cleaned.nameZh().isEmpty() || cleaned.nameEn().isEmpty() || cleaned.address().isEmpty()
                || cleaned.contactPerson().isEmpty() || cleaned.address().length() > 200
                || cleaned.contactPerson().length() > 50) {
            throw new OfficeRefusedException("office.error.fields");
        }
        if (!cleaned.phone().matches("\\+?[0-9][0-9 -]{4,19}")) {
            throw new OfficeRefusedException("office.error.phone");
        }
        Office before = offices.find(cleaned.code()).orElseThrow(() -> new OfficeRefusedException("office.error.stale"));
        ReviewLevels levelsBefore = offices.reviewLevels(cleaned.code());
        if (!offices.update(cleaned, expectedVersion)) {
            throw new OfficeRefusedException("office.error.stale");
        }
        offices.updateReviewLevels(cleaned.code(), levels);
        events.publishEvent(new OfficeChanged(cleaned.code()));
        events.publishEvent(AdministrativeChange.between(AdministrativeChange.Kind.OFFICE_CHANGED, cleaned.code(),
                fields(before, levelsBefore), fields(cleaned, levels)));
        return cleaned;
    }

    private static Map<String, String> fields(Office office, ReviewLevels levels) {
        return Map.of("nameZh", office.nameZh(), "nameEn", office.nameEn(), "address", office.address(),
                "contactPerson", office.contactPerson(), "phone", office.phone(),
                "reviewLevels", levels.takers().toString());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Office> findAll() {
        return offices.findAll();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Office> find(String code) {
        return offices.find(code);
    }
}
