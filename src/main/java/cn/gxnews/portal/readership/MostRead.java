package cn.gxnews.portal.readership;

/** An article among the most read of a period: its current title, office and the views in the period. */
public record MostRead(long articleId, String officeCode, String title, long views) {
}
