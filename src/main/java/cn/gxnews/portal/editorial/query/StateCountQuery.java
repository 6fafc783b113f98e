package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.article.ArticleState;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.OFFICE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.trueCondition;

/** Article counts per office and state, for the editors' dashboard. */
@Component
public class StateCountQuery {

    private final DSLContext db;

    StateCountQuery(DSLContext db) {
        this.db = db;
    }

    /** @param officeCode one office, or {@code null} for every office (in the offices' order) */
    public Map<String, Map<ArticleState, Integer>> countByOfficeAndState(@Nullable String officeCode) {
        Map<String, Map<ArticleState, Integer>> result = new LinkedHashMap<>();
        officeCodes(officeCode).forEach(code -> result.put(code, new EnumMap<>(ArticleState.class)));
        Field<Integer> articles = count().as("articles");
        db.select(ARTICLE.OFFICE_CODE, ARTICLE.STATE, articles)
                .from(ARTICLE)
                .where(officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode))
                // what is in the recycle bin is no longer the newsroom's work
                .and(ARTICLE.BINNED_AT.isNull())
                .groupBy(ARTICLE.OFFICE_CODE, ARTICLE.STATE)
                .forEach(r -> result.get(r.get(ARTICLE.OFFICE_CODE)).put(r.get(ARTICLE.STATE), r.get(articles)));
        return result;
    }

    /** The codes of the offices, in their order: every office, or only {@code officeCode}'s. */
    public List<String> officeCodes(@Nullable String officeCode) {
        return db.select(OFFICE.CODE).from(OFFICE)
                .where(officeCode == null ? trueCondition() : OFFICE.CODE.eq(officeCode))
                .orderBy(OFFICE.POSITION)
                .fetch(OFFICE.CODE);
    }
}
