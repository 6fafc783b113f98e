package cn.gxnews.portal.publicsite;

/** An article in a news list: enough to choose what to read. */
public record NewsTeaser(String url, String title, String summary, String officeName, String date) {
}
