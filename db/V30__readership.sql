-- Readership (decision 0028): how many times readers opened each article, per article and Beijing day. Nothing
-- about a reader is kept: no address, cookie, user agent or time of a single view, only the day's total. Each
-- instance adds its buffered counts to the day's row, so the rows add up across instances.

create table article_views (
    article_id bigint not null references article on delete cascade,
    day        date   not null,
    views      bigint not null check (views > 0),
    primary key (article_id, day)
);
create index article_views_day_idx on article_views (day, article_id);
