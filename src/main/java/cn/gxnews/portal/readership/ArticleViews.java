package cn.gxnews.portal.readership;

/** One article's views: in all, and in the last seven days (today included). */
public record ArticleViews(long total, long lastSevenDays) {
}
