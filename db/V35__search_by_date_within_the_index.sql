-- Searches take the newest matches step by step: among the 2,000 newest articles, then 20,000, then 200,000, then
-- all (SearchQuery, decision 0031). With the date inside the GIN indexes (btree_gin), each step reads only the
-- matches inside its range from the index: a word in one article of forty, at a million articles, has 26,000
-- matches anywhere and 500 among the newest 20,000, and the step reads those 500 rows (16 ms) instead of all
-- 26,000 to sort them by date (190–310 ms). PostgreSQL's estimate for several terms multiplies their frequencies
-- and would not intersect a separate date index with the GIN index by itself.
--
-- The migration holds article_search while the two indexes are built: with many articles (about a minute at a
-- million) searches and publishing wait for it, so such a newsroom upgrades at a quiet hour.
create extension if not exists btree_gin;

drop index article_search_document_idx;
create index article_search_document_idx on article_search using gin (document, published_at) with (fastupdate = off);
drop index article_search_title_idx;
create index article_search_title_idx on article_search using gin (title, published_at) with (fastupdate = off);
