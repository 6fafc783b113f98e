package cn.gxnews.portal.office.repository;

import cn.gxnews.portal.office.Office;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

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

    public Optional<Office> find(String code) {
        return db.select(OFFICE.CODE, OFFICE.NAME_ZH, OFFICE.NAME_EN, OFFICE.ADDRESS, OFFICE.CONTACT_PERSON, OFFICE.PHONE)
                .from(OFFICE)
                .where(OFFICE.CODE.eq(code))
                .fetchOptional(Records.mapping(Office::new));
    }
}
