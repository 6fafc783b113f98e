package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.publicsite.repository.SiteSettingsRepository;
import cn.gxnews.portal.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The public site's settings (company, titles, copyright, filing numbers, grey mode). Every instance keeps the
 * stored settings in memory, so that a page served from the page cache costs no query to know whether it must be
 * grey; a change reloads them here after its commit and, through the database's notification (decision 0009),
 * on every other instance, which drop their cached pages at the same moment.
 */
@Service
public class SiteSettingsService {

    /** An ICP filing number: a province's character, ICP备 (or ICP证), its digits, 号, and a site number. */
    static final Pattern ICP_NUMBER = Pattern.compile("\\p{IsHan}ICP[备证]\\d{6,12}号(-\\d{1,3})?");
    /** A public security filing number: a province's character, 公网安备, 14 digits, 号. */
    static final Pattern POLICE_NUMBER = Pattern.compile("\\p{IsHan}公网安备\\d{14}号");
    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 200;

    private static final Logger log = LoggerFactory.getLogger(SiteSettingsService.class);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Translations.ZONE);

    /** What pages show while the settings could never be read: the demo's titles, nothing else. */
    private static final SavedSiteSettings UNKNOWN = new SavedSiteSettings(new SiteSettings("", "行业新闻", "Industry News",
            "", "", "", GreyMode.OFF, null, null), -1, Instant.EPOCH);

    private final SiteSettingsRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile @Nullable SavedSiteSettings current;

    SiteSettingsService(SiteSettingsRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The settings every public page shows, from memory (read from the database once, then at each change). Should
     * the database be away before they were ever read, the pages (the last copies and the "come back shortly" page
     * of 0009) show the site's own titles and no footer settings rather than fail.
     */
    @PreAuthorize("permitAll()")
    public SavedSiteSettings current() {
        SavedSiteSettings known = current;
        if (known == null) {
            try {
                known = repository.find();
            } catch (RuntimeException e) {
                log.warn("Could not read the site settings: {}", e.getMessage());
                return UNKNOWN;
            }
            current = known;
        }
        return known;
    }

    /** Whether the public site is grey now. */
    @PreAuthorize("permitAll()")
    public boolean greyNow() {
        return current().settings().greyAt(clock.instant());
    }

    /**
     * Reads the stored settings again: what every instance does when any instance announces a change. A database
     * that cannot be reached leaves the settings known before.
     */
    @PreAuthorize("permitAll()")
    public void reload() {
        try {
            current = repository.find();
        } catch (RuntimeException e) {
            log.warn("Could not reload the site settings, keeping the ones known before: {}", e.getMessage());
        }
    }

    /** The stored settings and their version, for the administrators' form. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public SavedSiteSettings load() {
        return repository.find();
    }

    /**
     * Administrators change the site settings; every page of every instance shows them at once.
     *
     * @throws SiteSettingsRefusedException when a field is missing, too long or no filing number, the grey period
     *                                      is incomplete or over, or someone else changed the settings first
     * @throws cn.gxnews.portal.base.TextRefusedException when a field holds a character the portal does not store
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public SavedSiteSettings update(SiteSettings settings, int expectedVersion) {
        Instant now = clock.instant();
        boolean scheduled = settings.greyMode() == GreyMode.SCHEDULED;
        SiteSettings cleaned = new SiteSettings(settings.companyName().strip(), settings.titleZh().strip(),
                settings.titleEn().strip(), settings.copyright().strip(),
                settings.icpNumber().replaceAll("\\s", ""), settings.policeNumber().replaceAll("\\s", ""),
                settings.greyMode(), scheduled ? settings.greyFrom() : null, scheduled ? settings.greyUntil() : null);
        check(cleaned, now);
        SavedSiteSettings before = repository.find();
        if (!repository.update(cleaned, expectedVersion, now)) {
            throw new SiteSettingsRefusedException("", "siteSettings.error.stale");
        }
        events.publishEvent(new SiteSettingsChanged());
        events.publishEvent(AdministrativeChange.between(AdministrativeChange.Kind.SITE_SETTINGS_CHANGED,
                "site", fields(before.settings()), fields(cleaned)));
        return repository.find();
    }

    private static void check(SiteSettings s, Instant now) {
        PlainText.check("siteSettings.companyName", s.companyName(), false);
        PlainText.check("siteSettings.titleZh", s.titleZh(), false);
        PlainText.check("siteSettings.titleEn", s.titleEn(), false);
        PlainText.check("siteSettings.copyright", s.copyright(), false);
        if (s.titleZh().isEmpty() || s.titleZh().length() > TITLE_MAX) {
            throw new SiteSettingsRefusedException("siteSettings.titleZh", "siteSettings.error.title");
        }
        if (s.titleEn().isEmpty() || s.titleEn().length() > TITLE_MAX) {
            throw new SiteSettingsRefusedException("siteSettings.titleEn", "siteSettings.error.title");
        }
        if (s.companyName().length() > TEXT_MAX) {
            throw new SiteSettingsRefusedException("siteSettings.companyName", "siteSettings.error.tooLong");
        }
        if (s.copyright().length() > TEXT_MAX) {
            throw new SiteSettingsRefusedException("siteSettings.copyright", "siteSettings.error.tooLong");
        }
        if (!s.icpNumber().isEmpty() && !ICP_NUMBER.matcher(s.icpNumber()).matches()) {
            throw new SiteSettingsRefusedException("siteSettings.icpNumber", "siteSettings.error.icpNumber");
        }
        if (!s.policeNumber().isEmpty() && !POLICE_NUMBER.matcher(s.policeNumber()).matches()) {
            throw new SiteSettingsRefusedException("siteSettings.policeNumber", "siteSettings.error.policeNumber");
        }
        if (s.greyMode() == GreyMode.SCHEDULED) {
            if (s.greyFrom() == null) {
                throw new SiteSettingsRefusedException("siteSettings.greyFrom", "siteSettings.error.greyPeriod");
            }
            if (s.greyUntil() == null || !s.greyFrom().isBefore(s.greyUntil())) {
                throw new SiteSettingsRefusedException("siteSettings.greyUntil", "siteSettings.error.greyPeriod");
            }
            if (!s.greyUntil().isAfter(now)) {
                throw new SiteSettingsRefusedException("siteSettings.greyUntil", "siteSettings.error.greyOver");
            }
        }
    }

    private static Map<String, String> fields(SiteSettings s) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", s.companyName());
        fields.put("titleZh", s.titleZh());
        fields.put("titleEn", s.titleEn());
        fields.put("copyright", s.copyright());
        fields.put("icpNumber", s.icpNumber());
        fields.put("policeNumber", s.policeNumber());
        fields.put("greyMode", s.greyMode().name());
        fields.put("greyFrom", s.greyFrom() == null ? "" : SHOWN_TIME.format(s.greyFrom()));
        fields.put("greyUntil", s.greyUntil() == null ? "" : SHOWN_TIME.format(s.greyUntil()));
        return fields;
    }
}
