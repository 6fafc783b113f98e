package cn.gxnews.portal.readership.query;

import cn.gxnews.portal.readership.ArticleViews;
import cn.gxnews.portal.readership.MostRead;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_VIEWS;
import static cn.gxnews.portal.jooq.Tables.OFFICE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

/** The counted views for the desk, by office and day. */
@Component
public class ReadershipQuery {

    /**
     * The articles' ids as plain numbers: readership names articles by number, so that the article's own
     * screens may show their views without a cycle between the two features.
     */
    private static final Field<Long> ARTICLE_ID = ARTICLE.ID.coerce(Long.class);
    private static final Field<Long> VIEWED_ARTICLE_ID = ARTICLE_VIEWS.ARTICLE_ID.coerce(Long.class);

    private final DSLContext db;

    ReadershipQuery(DSLContext db) {
        this.db = db;
    }

    /** The offices' codes in their order: one, or every office for {@code null}. */
    public List<String> offices(@Nullable String officeCode) {
        return db.select(OFFICE.CODE).from(OFFICE)
                .where(officeCode == null ? trueCondition() : OFFICE.CODE.eq(officeCode))
                .orderBy(OFFICE.POSITION).fetch(OFFICE.CODE);
    }

    /** Views per office and day from {@code from} to {@code to} (both included); days without views are absent. */
    public Map<String, Map<LocalDate, Long>> viewsPerOfficeAndDay(@Nullable String officeCode, LocalDate from,
                                                                  LocalDate to) {
        Field<BigDecimal> views = sum(ARTICLE_VIEWS.VIEWS).as("views");
        Map<String, Map<LocalDate, Long>> result = new LinkedHashMap<>();
        db.select(ARTICLE.OFFICE_CODE, ARTICLE_VIEWS.DAY, views)
                .from(ARTICLE_VIEWS).join(ARTICLE).on(ARTICLE_ID.eq(VIEWED_ARTICLE_ID))
                .where(office(officeCode)).and(ARTICLE_VIEWS.DAY.between(from, to))
                .groupBy(ARTICLE.OFFICE_CODE, ARTICLE_VIEWS.DAY)
                .forEach(r -> result.computeIfAbsent(r.get(ARTICLE.OFFICE_CODE), code -> new LinkedHashMap<>())
                        .put(r.get(ARTICLE_VIEWS.DAY), r.get(views).longValue()));
        return result;
    }

    /** The most read articles since {@code from}, most views first (then the newest article). */
    public List<MostRead> mostRead(@Nullable String officeCode, LocalDate from, int limit) {
        Field<BigDecimal> views = sum(ARTICLE_VIEWS.VIEWS).as("views");
        return db.select(ARTICLE_ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, views)
                .from(ARTICLE_VIEWS)
                .join(ARTICLE).on(ARTICLE_ID.eq(VIEWED_ARTICLE_ID))
                // the title readers saw: the published revision's, or the working one's if it never was
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(coalesce(ARTICLE.PUBLISHED_REVISION_ID,
                        ARTICLE.WORKING_REVISION_ID)))
                .where(office(officeCode)).and(ARTICLE_VIEWS.DAY.ge(from))
                .groupBy(ARTICLE_ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE)
                .orderBy(views.desc(), ARTICLE_ID.desc())
                .limit(limit)
                .fetch(r -> new MostRead(r.get(ARTICLE_ID), r.get(ARTICLE.OFFICE_CODE), r.get(ARTICLE_REVISION.TITLE),
                        r.get(views).longValue()));
    }

    /** The office of an article, if it exists. */
    public Optional<String> officeOf(long articleId) {
        return db.select(ARTICLE.OFFICE_CODE).from(ARTICLE).where(ARTICLE_ID.eq(articleId))
                .fetchOptional(ARTICLE.OFFICE_CODE);
    }

    /** One article's views in all and since {@code recentFrom}. */
    public ArticleViews viewsOf(long articleId, LocalDate recentFrom) {
        return db.select(coalesce(sum(ARTICLE_VIEWS.VIEWS), val(BigDecimal.ZERO)),
                        coalesce(sum(ARTICLE_VIEWS.VIEWS).filterWhere(ARTICLE_VIEWS.DAY.ge(recentFrom)),
                                val(BigDecimal.ZERO)))
                .from(ARTICLE_VIEWS).where(VIEWED_ARTICLE_ID.eq(articleId))
                .fetchSingle(r -> new ArticleViews(r.value1().longValue(), r.value2().longValue()));
    }

    private static Condition office(@Nullable String officeCode) {
        return officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode);
    }
}
