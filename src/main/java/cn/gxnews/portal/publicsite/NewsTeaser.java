package cn.gxnews.portal.publicsite;

import org.jspecify.annotations.Nullable;

/**
 * An article in a news list: enough to choose what to read.
 *
 * @param dateTime    the publication time for {@code <time datetime>} (see {@link PageText#dateTime})
 * @param coverSrc    the cover photo's address (for the lead story), if any
 * @param coverSrcset its {@code srcset}
 */
public record NewsTeaser(String url, String title, String summary, String officeName, String date,
                         String dateTime,
                         @Nullable String coverSrc, @Nullable String coverSrcset, int coverWidth, int coverHeight) {
}
