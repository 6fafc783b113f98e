package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.article.StandardWording;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.STANDARD_WORDING;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

/** The standard-wording list: wrong → right pairs. */
@Repository
public class StandardWordingRepository {

    private final DSLContext db;

    StandardWordingRepository(DSLContext db) {
        this.db = db;
    }

    public List<StandardWording> findAll() {
        return db.select(STANDARD_WORDING.WRONG, STANDARD_WORDING.RIGHT_FORM, STANDARD_WORDING.NOTE,
                        STANDARD_WORDING.SEVERITY)
                .from(STANDARD_WORDING)
                .orderBy(STANDARD_WORDING.WRONG)
                .fetch(r -> new StandardWording(r.value1(), r.value2(), r.value3(),
                        StandardWording.Severity.valueOf(r.value4())));
    }

    public Optional<StandardWording> find(String wrong) {
        return findAll().stream().filter(pair -> pair.wrong().equals(wrong)).findFirst();
    }

    /**
     * What changes with every change of the list (see V27): the number of pairs and the highest revision. A
     * cached matcher built for the same fingerprint is still right.
     */
    public String fingerprint() {
        Record2<Integer, Long> row = db.select(count(), max(STANDARD_WORDING.REVISION)).from(STANDARD_WORDING).fetchOne();
        return row == null ? "0" : row.value1() + "/" + row.value2();
    }

    /** Adds the pair or replaces the one with the same wrong form. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(StandardWording pair) {
        db.insertInto(STANDARD_WORDING)
                .set(STANDARD_WORDING.WRONG, pair.wrong())
                .set(STANDARD_WORDING.RIGHT_FORM, pair.right())
                .set(STANDARD_WORDING.NOTE, pair.note())
                .set(STANDARD_WORDING.SEVERITY, pair.severity().name())
                .onConflict(STANDARD_WORDING.WRONG).doUpdate()
                .set(STANDARD_WORDING.RIGHT_FORM, pair.right())
                .set(STANDARD_WORDING.NOTE, pair.note())
                .set(STANDARD_WORDING.SEVERITY, pair.severity().name())
                .set(STANDARD_WORDING.REVISION, org.jooq.impl.DSL.field("nextval('standard_wording_revision')", STANDARD_WORDING.REVISION.getDataType()))
                .set(STANDARD_WORDING.UPDATED_AT, org.jooq.impl.DSL.field("now()", STANDARD_WORDING.UPDATED_AT.getDataType()))
                .execute();
    }

    /** Returns whether the pair was on the list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(String wrong) {
        return db.deleteFrom(STANDARD_WORDING).where(STANDARD_WORDING.WRONG.eq(wrong)).execute() > 0;
    }
}
