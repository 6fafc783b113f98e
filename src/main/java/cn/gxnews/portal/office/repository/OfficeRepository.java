package cn.gxnews.portal.office.repository;

import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.ReviewLevels;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.OFFICE;

/** Reads the offices. */
@Repository
public class OfficeRepository {

    private final DSLContext db;

    OfficeRepository(DSLContext db) {
        this.db = db;
    }

    public List<Office> findAll() {
        return db.select(OFFICE.CODE, OFFICE.NAME_ZH, OFFICE.NAME_EN, OFFICE.ADDRESS, OFFICE.CONTACT_PERSON, OFFICE.PHONE)
                .from(OFFICE)
                .orderBy(OFFICE.POSITION)
                .fetch(Records.mapping(Office::new));
    }

    public int version(String code) {
        return db.select(OFFICE.VERSION).from(OFFICE).where(OFFICE.CODE.eq(code)).fetchSingle(OFFICE.VERSION);
    }

    /** @return false when the office changed since it was read (nothing is written then) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(Office office, int expectedVersion) {
        return db.update(OFFICE)
                .set(OFFICE.NAME_ZH, office.nameZh())
                .set(OFFICE.NAME_EN, office.nameEn())
                .set(OFFICE.ADDRESS, office.address())
                .set(OFFICE.CONTACT_PERSON, office.contactPerson())
                .set(OFFICE.PHONE, office.phone())
                .set(OFFICE.VERSION, OFFICE.VERSION.plus(1))
                .where(OFFICE.CODE.eq(office.code()).and(OFFICE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** The office's review levels; the default for an office that does not exist. */
    public ReviewLevels reviewLevels(String code) {
        return db.select(OFFICE.REVIEW_TAKERS).from(OFFICE).where(OFFICE.CODE.eq(code))
                .fetchOptional(OFFICE.REVIEW_TAKERS)
                .map(ReviewLevels::ofStored)
                .orElse(ReviewLevels.DEFAULT);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateReviewLevels(String code, ReviewLevels levels) {
        db.update(OFFICE)
                .set(OFFICE.REVIEW_TAKERS, levels.takers().stream().map(Enum::name).toArray(String[]::new))
                .where(OFFICE.CODE.eq(code))
                .execute();
    }

    public Optional<Office> find(String code) {
        return db.select(OFFICE.CODE, OFFICE.NAME_ZH, OFFICE.NAME_EN, OFFICE.ADDRESS, OFFICE.CONTACT_PERSON, OFFICE.PHONE)
                .from(OFFICE)
                .where(OFFICE.CODE.eq(code))
                .fetchOptional(Records.mapping(Office::new));
    }
}
