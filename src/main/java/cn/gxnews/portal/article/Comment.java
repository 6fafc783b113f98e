package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A comment on an article; replies name their parent.
 *
 * @param resolvedByName who marked it resolved, if anyone
 */
public record Comment(long id, @Nullable Long parentId, long authorId, String authorName, String body,
                      Instant createdAt, @Nullable Instant resolvedAt, @Nullable String resolvedByName) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
