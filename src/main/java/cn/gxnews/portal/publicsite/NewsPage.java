package cn.gxnews.portal.publicsite;

/**
 * One published article's page.
 *
 * @param articleHtml the article rendered by the news feature's renderer (already escaped)
 */
public record NewsPage(String title, String description, String officeName, String date, String dateTime,
                       String articleHtml) {
}
