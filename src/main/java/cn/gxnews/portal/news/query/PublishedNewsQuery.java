package cn.gxnews.portal.news.query;

import cn.gxnews.portal.news.ArticleDraft;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.PublishedArticle;
import org.jooq.DSLContext;
import cn.gxnews.portal.news.repository.BlockJson;
import org.jooq.JSONB;
import org.jooq.Record7;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;

/**
 * Published news for the public site. Every query joins the published revision and requires the article to
 * be live, so no draft text (not even a pending edit of a live article) can reach a reader.
 */
@Component
public class PublishedNewsQuery {

    private final DSLContext db;

    PublishedNewsQuery(DSLContext db) {
        this.db = db;
    }

    /** The latest published articles, newest first. */
    public List<PublishedArticle> findLatest(int offset, int limit) {
        return selectPublished()
                .where(ARTICLE.LIVE.isTrue())
                .orderBy(ARTICLE.FIRST_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(PublishedNewsQuery::toPublished);
    }

    public Optional<PublishedArticle> find(ArticleId id) {
        return selectPublished()
                .where(ARTICLE.ID.eq(id.value()).and(ARTICLE.LIVE.isTrue()))
                .fetchOptional(PublishedNewsQuery::toPublished);
    }

    private SelectOnConditionStep<Record7<Long, String, String, String, JSONB, OffsetDateTime, String>> selectPublished() {
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY,
                        ARTICLE_REVISION.BODY, ARTICLE.FIRST_PUBLISHED_AT, ARTICLE_REVISION.COVER_MEDIA)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID));
    }

    private static PublishedArticle toPublished(Record7<Long, String, String, String, JSONB, OffsetDateTime, String> r) {
        return new PublishedArticle(new ArticleId(r.value1()), r.value2(),
                new ArticleDraft(r.value3(), r.value4(), BlockJson.read(r.value5()), r.value7()), r.value6().toInstant());
    }
}
