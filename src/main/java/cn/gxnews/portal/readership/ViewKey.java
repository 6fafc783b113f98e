package cn.gxnews.portal.readership;

import java.time.LocalDate;

/** What a view is counted under: the article and the day (Beijing time). Nothing about the reader. */
public record ViewKey(long articleId, LocalDate day) {
}
