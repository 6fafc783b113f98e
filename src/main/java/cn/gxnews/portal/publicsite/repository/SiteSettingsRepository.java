package cn.gxnews.portal.publicsite.repository;

import cn.gxnews.portal.publicsite.SavedSiteSettings;
import cn.gxnews.portal.publicsite.SiteSettings;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

import static cn.gxnews.portal.jooq.Tables.SITE_SETTINGS;
import static org.jooq.impl.DSL.row;

/** Reads and writes the one row of site settings (migration V29 creates it). */
@Repository
public class SiteSettingsRepository {

    private final DSLContext db;

    SiteSettingsRepository(DSLContext db) {
        this.db = db;
    }

    public SavedSiteSettings find() {
        return db.select(row(SITE_SETTINGS.COMPANY_NAME, SITE_SETTINGS.TITLE_ZH, SITE_SETTINGS.TITLE_EN,
                                SITE_SETTINGS.COPYRIGHT, SITE_SETTINGS.ICP_NUMBER, SITE_SETTINGS.POLICE_NUMBER,
                                SITE_SETTINGS.GREY_MODE, SITE_SETTINGS.GREY_FROM, SITE_SETTINGS.GREY_UNTIL)
                                .mapping(SiteSettings::new),
                        SITE_SETTINGS.VERSION, SITE_SETTINGS.UPDATED_AT)
                .from(SITE_SETTINGS)
                .fetchSingle(Records.mapping(SavedSiteSettings::new));
    }

    /** @return false when the settings changed since they were read (nothing is written then) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(SiteSettings settings, int expectedVersion, Instant now) {
        return db.update(SITE_SETTINGS)
                .set(SITE_SETTINGS.COMPANY_NAME, settings.companyName())
                .set(SITE_SETTINGS.TITLE_ZH, settings.titleZh())
                .set(SITE_SETTINGS.TITLE_EN, settings.titleEn())
                .set(SITE_SETTINGS.COPYRIGHT, settings.copyright())
                .set(SITE_SETTINGS.ICP_NUMBER, settings.icpNumber())
                .set(SITE_SETTINGS.POLICE_NUMBER, settings.policeNumber())
                .set(SITE_SETTINGS.GREY_MODE, settings.greyMode())
                .set(SITE_SETTINGS.GREY_FROM, settings.greyFrom())
                .set(SITE_SETTINGS.GREY_UNTIL, settings.greyUntil())
                .set(SITE_SETTINGS.UPDATED_AT, now)
                .set(SITE_SETTINGS.VERSION, SITE_SETTINGS.VERSION.plus(1))
                .where(SITE_SETTINGS.VERSION.eq(expectedVersion))
                .execute() == 1;
    }
}
