package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.editorial.ReviewTurnaround;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.jooq.impl.DSL.val;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dashboard's figures over time: publications per week, and how long reviews took. */
@Component
public class EditorialStatsQuery {

    private final DSLContext db;

    EditorialStatsQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * First publications per office and week (weeks start on Monday, Beijing time) since the week of
     * {@code from}; weeks without any are absent.
     */
    public Map<String, Map<LocalDate, Integer>> firstPublicationsPerWeek(@Nullable String officeCode, LocalDate from) {
        Map<String, Map<LocalDate, Integer>> result = new LinkedHashMap<>();
        db.resultQuery("""
                        select office_code, date_trunc('week', first_published_at at time zone {0})::date as week,
                               count(*)::int as publications
                        from article
                        where first_published_at >= {1}::date at time zone {0} and ({2}::text is null or office_code = {2})
                        group by office_code, week""",
                        Translations.ZONE.getId(), from, val(officeCode, String.class))
                .forEach(r -> result.computeIfAbsent(r.get("office_code", String.class), code -> new LinkedHashMap<>())
                        .put(r.get("week", LocalDate.class), r.get("publications", Integer.class)));
        return result;
    }

    /**
     * Per office, the time from each submission to the editor's decision on it (sending the article back, or
     * approving it at the final level; a withdrawn submission has no decision), for decisions since {@code since}.
     * Each decision keeps the time of the submission it decides ({@code workflow_event.submitted_at}, V37), so this
     * reads the decisions since then from their own index.
     */
    public Map<String, ReviewTurnaround> turnaround(@Nullable String officeCode, Instant since) {
        Map<String, ReviewTurnaround> result = new LinkedHashMap<>();
        db.resultQuery("""
                        select a.office_code, count(*)::int as decisions,
                               percentile_cont(0.5) within group
                                   (order by extract(epoch from d.occurred_at - d.submitted_at)) as median_seconds,
                               max(extract(epoch from d.occurred_at - d.submitted_at))::float8 as slowest_seconds
                        from workflow_event d
                        join article a on a.id = d.article_id
                        where d.submitted_at is not null and d.occurred_at >= {0}
                          and ({1}::text is null or a.office_code = {1})
                        group by a.office_code""",
                        since.atOffset(java.time.ZoneOffset.UTC), val(officeCode, String.class))
                .forEach(r -> {
                    String office = r.get("office_code", String.class);
                    result.put(office, new ReviewTurnaround(office, r.get("decisions", Integer.class),
                            seconds(r.get("median_seconds", Double.class)), seconds(r.get("slowest_seconds", Double.class))));
                });
        return result;
    }

    private static Duration seconds(@Nullable Double seconds) {
        return seconds == null ? Duration.ZERO : Duration.ofMillis(Math.round(seconds * 1000));
    }
}
