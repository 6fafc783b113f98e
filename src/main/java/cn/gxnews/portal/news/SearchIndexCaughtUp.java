package cn.gxnews.portal.news;

/**
 * Published inside the transaction of a batch of the search index's catch-up (at start, after a restore or an
 * upgrade) that changed what searches find, so that cached search results can be dropped once it has committed.
 *
 * @param articles how many articles the batch rewrote or removed from the index
 */
public record SearchIndexCaughtUp(int articles) {
}
