package cn.gxnews.portal.news;

import java.time.Instant;

/** Text a member typed but did not save, and the article version it was typed on. */
public record Autosave(ArticleDraft content, int baseVersion, Instant savedAt) {
}
