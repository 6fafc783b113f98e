-- The public site's own settings, one row: the company's name, the site's title in both languages, the copyright
-- line, the two filing numbers the footer must show (ICP备案号, 公安机关备案号), and grey mode (全站置灰) for
-- mourning days: off, on, or between two instants. Every instance keeps a copy in memory and reloads it when any
-- instance announces a change (NOTIFY portal_public_changed, decision 0009); version guards against stale forms.
create table site_settings (
    id            boolean     primary key default true check (id),
    company_name  text        not null default '',
    title_zh      text        not null,
    title_en      text        not null,
    copyright     text        not null default '',
    icp_number    text        not null default '',
    police_number text        not null default '',
    grey_mode     text        not null default 'OFF' check (grey_mode in ('OFF', 'ON', 'SCHEDULED')),
    grey_from     timestamptz,
    grey_until    timestamptz,
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint site_settings_grey_period check (grey_mode <> 'SCHEDULED'
        or (grey_from is not null and grey_until is not null and grey_from < grey_until))
);
-- The demo starts with grey mode off and no filing numbers; the titles are the ones the site has always shown.
insert into site_settings (company_name, title_zh, title_en) values ('', '行业新闻', 'Industry News');

-- Changes of the settings go to the record of administrative changes like every other.
alter table administrative_change drop constraint administrative_change_kind_check;
alter table administrative_change add constraint administrative_change_kind_check
    check (kind in ('ACCOUNT_OPENED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'SENSITIVE_WORD_ADDED',
                    'SENSITIVE_WORD_REMOVED', 'SITE_SETTINGS_CHANGED'));
