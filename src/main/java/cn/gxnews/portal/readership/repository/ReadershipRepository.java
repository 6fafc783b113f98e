package cn.gxnews.portal.readership.repository;

import cn.gxnews.portal.readership.ViewKey;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_VIEWS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/** The day's rows of views per article; every instance adds to them, none overwrites them. */
@Repository
public class ReadershipRepository {

    private final DSLContext db;

    ReadershipRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds the counts to their rows in one batch: a row that exists grows by the count (an atomic
     * {@code views = views + n}, so two instances adding at once both count), a missing one is created. Counts of
     * an article deleted meanwhile are dropped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(Map<ViewKey, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        // the articles first, as a truncate or delete of articles locks them: the other order can deadlock
        db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.ID.coerce(Long.class).in(counts.keySet().stream().map(ViewKey::articleId).toList()))
                .forKeyShare().fetch();
        List<Query> queries = counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> db.insertInto(ARTICLE_VIEWS, ARTICLE_VIEWS.ARTICLE_ID, ARTICLE_VIEWS.DAY, ARTICLE_VIEWS.VIEWS)
                        .select(select(ARTICLE.ID, val(entry.getKey().day()), val(entry.getValue()))
                                .from(ARTICLE).where(ARTICLE.ID.coerce(Long.class).eq(entry.getKey().articleId())))
                        .onConflict(ARTICLE_VIEWS.ARTICLE_ID, ARTICLE_VIEWS.DAY)
                        .doUpdate().set(ARTICLE_VIEWS.VIEWS, ARTICLE_VIEWS.VIEWS.plus(entry.getValue())))
                .map(Query.class::cast).toList();
        db.batch(queries).execute();
    }
}
