package cn.gxnews.portal.search;

/**
 * Published when the search index's catch-up (at start, after a restore or an upgrade) has changed what searches
 * find and committed all its batches, outside any transaction, so that cached search results can be dropped.
 *
 * @param articles how many articles the catch-up rewrote or removed from the index
 */
public record SearchIndexCaughtUp(int articles) {
}
