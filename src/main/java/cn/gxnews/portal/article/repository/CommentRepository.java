package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.jooq.tables.StaffUser;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Comment;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE_COMMENT;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.currentInstant;

/** Comments on articles. */
@Repository
public class CommentRepository {

    private static final StaffUser RESOLVER = STAFF_USER.as("resolver");

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    /** The article's comments, oldest first. */
    public List<Comment> findByArticle(ArticleId id) {
        return db.select(ARTICLE_COMMENT.ID, ARTICLE_COMMENT.PARENT_ID, ARTICLE_COMMENT.AUTHOR_ID,
                        STAFF_USER.DISPLAY_NAME, ARTICLE_COMMENT.BODY, ARTICLE_COMMENT.CREATED_AT,
                        ARTICLE_COMMENT.RESOLVED_AT, RESOLVER.DISPLAY_NAME)
                .from(ARTICLE_COMMENT)
                .join(STAFF_USER).on(STAFF_USER.ID.eq(ARTICLE_COMMENT.AUTHOR_ID))
                .leftJoin(RESOLVER).on(RESOLVER.ID.eq(ARTICLE_COMMENT.RESOLVED_BY))
                .where(ARTICLE_COMMENT.ARTICLE_ID.eq(id))
                .orderBy(ARTICLE_COMMENT.CREATED_AT, ARTICLE_COMMENT.ID)
                .fetch(Records.mapping(Comment::new));
    }

    /** The comment's article and author, if it exists. */
    public Optional<Owner> findOwner(long commentId) {
        return db.select(ARTICLE_COMMENT.ARTICLE_ID, ARTICLE_COMMENT.AUTHOR_ID).from(ARTICLE_COMMENT)
                .where(ARTICLE_COMMENT.ID.eq(commentId))
                .fetchOptional(Records.mapping(Owner::new));
    }

    public record Owner(ArticleId articleId, long authorId) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(ArticleId id, @Nullable Long parentId, long authorId, String body) {
        return db.insertInto(ARTICLE_COMMENT)
                .set(ARTICLE_COMMENT.ARTICLE_ID, id)
                .set(ARTICLE_COMMENT.PARENT_ID, parentId)
                .set(ARTICLE_COMMENT.AUTHOR_ID, authorId)
                .set(ARTICLE_COMMENT.BODY, body)
                .returning(ARTICLE_COMMENT.ID)
                .fetchSingle(ARTICLE_COMMENT.ID);
    }

    /** Marks a comment resolved, or open again ({@code resolvedBy} null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setResolved(long commentId, @Nullable Long resolvedBy) {
        db.update(ARTICLE_COMMENT)
                .set(ARTICLE_COMMENT.RESOLVED_AT, resolvedBy == null ? null : currentInstant())
                .set(ARTICLE_COMMENT.RESOLVED_BY, resolvedBy)
                .where(ARTICLE_COMMENT.ID.eq(commentId))
                .execute();
    }
}
