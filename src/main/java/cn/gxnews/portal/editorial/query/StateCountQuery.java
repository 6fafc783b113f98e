package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.article.ArticleState;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.LinkedHashMap;
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
        db.select(OFFICE.CODE).from(OFFICE)
                .where(officeCode == null ? trueCondition() : OFFICE.CODE.eq(officeCode))
                .orderBy(OFFICE.POSITION)
                .forEach(r -> result.put(r.value1(), new EnumMap<>(ArticleState.class)));
        db.select(ARTICLE.OFFICE_CODE, ARTICLE.STATE, count())
                .from(ARTICLE)
                .where(officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode))
                .groupBy(ARTICLE.OFFICE_CODE, ARTICLE.STATE)
                .forEach(r -> result.get(r.value1()).put(ArticleState.valueOf(r.value2()), r.value3()));
        return result;
    }
}
