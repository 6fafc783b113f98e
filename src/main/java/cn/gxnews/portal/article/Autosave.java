package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Text a member typed but did not save, and what it was typed on: restoring it after someone else saved
 * merges it with the latest text instead of putting it on top.
 *
 * @param baseVersion the article's version when the text was typed
 * @param base        the revision the text was typed on; {@code null} for an autosave made before the portal
 *                    kept it
 */
public record Autosave(ArticleDraft content, int baseVersion, @Nullable Revision base, Instant savedAt) {

    /** Whether the article has changed since this text was typed on it, so restoring it needs a merge. */
    public boolean isOlderThan(Article article) {
        return baseVersion != article.version();
    }
}
