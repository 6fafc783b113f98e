package cn.gxnews.portal.publicsite;

import org.jspecify.annotations.Nullable;

/**
 * One published article's page.
 *
 * @param articleHtml     the article rendered by the news feature's renderer (already sanitised)
 * @param sectionName the article's section, in the page's language, for the breadcrumbs
 */
public record NewsPage(String title, String officeName, String officeHref, String date, String dateTime,
                       String articleHtml, @Nullable Link older, @Nullable Link newer, String sectionName,
                       String sectionHref) {

    /** A link to another article, by its title. */
    public record Link(String url, String title) {
    }
}
