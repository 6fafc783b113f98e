-- Building the search index for many articles at once (at the first start after a migration that emptied it, or
-- after a restore without it) no longer adds the rows one by one to the GIN indexes: the portal writes them into a
-- table of its own without indexes, indexes that table in one go and puts it in the place of article_search
-- (SearchIndexer, decision 0031). Until then searches read the published articles themselves: slower, but every
-- live article is found from the first second.
--
-- The portal now writes each term of an article once into its document, without positions or weights
-- (array_to_tsvector, no parsing): nothing has ranked by them since V20, and rows written the old way answer every
-- search the same.
--
-- This row says that the index is not complete. The portal removes it when its catch-up has indexed every live
-- article; the migration adds it because a migration may leave the index incomplete.
create table search_index_incomplete (
    only_row boolean primary key default true check (only_row),
    since    timestamptz not null default now()
);
comment on table search_index_incomplete is
    'A row while article_search lacks live articles: searches then read the articles themselves (SearchQuery)';
insert into search_index_incomplete default values;
