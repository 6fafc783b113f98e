package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.office.Office;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A page of a news list, with the links to the neighbouring pages and the office filter.
 *
 * @param office the office whose news this is, or {@code null} for all
 */
public record ListPage(String heading, List<NewsTeaser> teasers, int page, int pages, @Nullable String previousHref,
                       @Nullable String nextHref, @Nullable Office office, List<OfficeLink> officeLinks) {

    /** A link of the office filter. */
    public record OfficeLink(String name, String href, boolean current) {
    }
}
