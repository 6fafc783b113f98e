package cn.gxnews.portal.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query the query as it was searched (stripped, at most {@link SearchService#MAX_QUERY_LENGTH} characters)
 * @param total how many articles match in all, at most {@link SearchService#MOST_SHOWN}
 * @param more  whether more articles than {@code total} match (they are not shown)
 * @param page  the page shown, from 1
 */
public record SearchPage(String query, List<SearchHit> hits, int total, boolean more, int page, int pageSize) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** How many pages the results fill (0 when nothing matches). */
    public int pageCount() {
        return (total + pageSize - 1) / pageSize;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
