-- Sections (栏目): every article belongs to one. Administrators keep them: a Chinese and an English name, and the
-- slug of their public address (/sections/{slug}). Existing articles move to 行业新闻, the site's only section so
-- far. An article's section is the article's, not a revision's: moving it needs no review (decision 0026).
create table section (
    id       bigint generated always as identity primary key,
    slug     text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 40),
    name_zh  text not null check (length(name_zh) between 1 and 20 and name_zh = btrim(name_zh)),
    name_en  text not null check (length(name_en) between 1 and 60 and name_en = btrim(name_en)),
    position int  not null default 0,
    version  int  not null default 0
);

insert into section (slug, name_zh, name_en, position) values ('industry', '行业新闻', 'Industry News', 1);

-- A new article starts in the first section (by position), unless it is given one.
create function first_section() returns bigint language sql stable
    as 'select id from section order by position, id limit 1';

alter table article add column section_id bigint references section;
update article set section_id = (select id from section where slug = 'industry');
alter table article alter column section_id set not null;
alter table article alter column section_id set default first_section();
create index article_section_live_idx on article (section_id, first_published_at desc, id desc) where live;

alter table administrative_change drop constraint administrative_change_kind_check;
alter table administrative_change add constraint administrative_change_kind_check
    check (kind in ('ACCOUNT_OPENED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'SENSITIVE_WORD_ADDED',
                    'SENSITIVE_WORD_REMOVED', 'STANDARD_WORDING_SAVED', 'STANDARD_WORDING_REMOVED', 'SECTION_ADDED',
                    'SECTION_CHANGED'));
