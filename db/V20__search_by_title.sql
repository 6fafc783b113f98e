-- Search ranks a match in the title above a match elsewhere, then newest first (docs/decisions). The title's
-- terms get a document of their own with its own GIN index, so "is it in the title?" is one index lookup with
-- its own statistics, never a look into the whole article's document, and no search has to compute a rank over
-- every article that matches a common word.
--
-- As V6 says, only the Java tokeniser builds documents: the table is emptied, and the portal indexes every live
-- article again at its next start.
truncate article_search;
alter table article_search add column title tsvector not null;
comment on column article_search.title is 'The terms of the title alone (the document has them too, weighted A)';
create index article_search_title_idx on article_search using gin (title) with (fastupdate = off);
