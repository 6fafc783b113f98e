-- The desk's state counts per office (the dashboard, the editorial metrics) read this index alone, without
-- visiting the articles: a few milliseconds for 100,000 articles of an office instead of fifty.
create index article_office_state_not_binned_idx on article (office_code, state) where binned_at is null;
