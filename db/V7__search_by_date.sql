-- Searches rank only the newest matches of a query; this index finds them without reading every match.
create index article_search_published_idx on article_search (published_at desc, article_id desc);
