package cn.gxnews.portal.section.repository;

import cn.gxnews.portal.section.Section;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.SECTION;

/** The sections, ordered by position. */
@Repository
public class SectionRepository {

    private final DSLContext db;

    SectionRepository(DSLContext db) {
        this.db = db;
    }

    public List<Section> findAll() {
        return db.select(SECTION.ID, SECTION.SLUG, SECTION.NAME_ZH, SECTION.NAME_EN, SECTION.POSITION, SECTION.VERSION)
                .from(SECTION).orderBy(SECTION.POSITION, SECTION.ID).fetch(Records.mapping(Section::new));
    }

    public Optional<Section> find(long id) {
        return findAll().stream().filter(section -> section.id() == id).findFirst();
    }

    public boolean slugTaken(String slug, long exceptId) {
        return db.fetchExists(SECTION, SECTION.SLUG.eq(slug).and(SECTION.ID.ne(exceptId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(String slug, String nameZh, String nameEn, int position) {
        return db.insertInto(SECTION)
                .set(SECTION.SLUG, slug).set(SECTION.NAME_ZH, nameZh).set(SECTION.NAME_EN, nameEn)
                .set(SECTION.POSITION, position)
                .returning(SECTION.ID).fetchSingle(SECTION.ID);
    }

    /** How many articles belong to the section, in the recycle bin or not. */
    public int countArticles(long id) {
        return db.fetchCount(ARTICLE, ARTICLE.SECTION_ID.eq(id));
    }

    /** @return false when the section changed since {@code expectedVersion} (or is gone) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(long id, int expectedVersion) {
        return db.deleteFrom(SECTION).where(SECTION.ID.eq(id).and(SECTION.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Gives each section its place in the list, counting from 1; every moved section gets a new version. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renumber(List<Long> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            db.update(SECTION).set(SECTION.POSITION, i + 1).set(SECTION.VERSION, SECTION.VERSION.plus(1))
                    .where(SECTION.ID.eq(inOrder.get(i)).and(SECTION.POSITION.ne(i + 1))).execute();
        }
    }

    /** Locks the sections against a concurrent reorder or removal until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAll() {
        db.select(SECTION.ID).from(SECTION).forUpdate().fetch();
    }

    /** @return false when the section changed since {@code expectedVersion} (or is gone) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(Section section, int expectedVersion) {
        return db.update(SECTION)
                .set(SECTION.SLUG, section.slug()).set(SECTION.NAME_ZH, section.nameZh())
                .set(SECTION.NAME_EN, section.nameEn()).set(SECTION.POSITION, section.position())
                .set(SECTION.VERSION, SECTION.VERSION.plus(1))
                .where(SECTION.ID.eq(section.id()).and(SECTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
