-- Standard wording (规范用语): wrong -> right pairs that administrators keep. The editor shows every wrong form it
-- finds with a one-click replacement; a BLOCK pair also keeps the article from being submitted or approved.
-- revision comes from a sequence on every insert and update, so that (count, max(revision)) changes with every
-- change of the list: each instance rebuilds its matcher only then (decision 0026).
create sequence standard_wording_revision;

create table standard_wording (
    wrong      text        primary key check (length(wrong) between 1 and 50 and wrong = btrim(wrong)),
    right_form text        not null check (length(right_form) between 1 and 50 and right_form = btrim(right_form)
                                           and right_form <> wrong),
    note       text        not null default '' check (length(note) <= 200),
    severity   text        not null check (severity in ('WARN', 'BLOCK')),
    revision   bigint      not null default nextval('standard_wording_revision'),
    updated_at timestamptz not null default now()
);

-- A short starting list of official names for the offices in Nanning, Liuzhou and Guilin.
insert into standard_wording (wrong, right_form, note, severity) values
    ('广西自治区', '广西壮族自治区', '自治区全称须含“壮族”', 'BLOCK'),
    ('广西省', '广西壮族自治区', '广西是自治区，不是省', 'BLOCK'),
    ('广西省政府', '广西壮族自治区人民政府', '广西是自治区，不是省', 'BLOCK'),
    ('僮族', '壮族', '1965年起统一写作“壮族”', 'BLOCK'),
    ('中国东盟博览会', '中国—东盟博览会', '正式名称用一字线（—）连接，在南宁举办', 'WARN'),
    ('柳州螺丝粉', '柳州螺蛳粉', '“蛳”不是“丝”', 'WARN');

alter table administrative_change drop constraint administrative_change_kind_check;
alter table administrative_change add constraint administrative_change_kind_check
    check (kind in ('ACCOUNT_OPENED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'SENSITIVE_WORD_ADDED',
                    'SENSITIVE_WORD_REMOVED', 'STANDARD_WORDING_SAVED', 'STANDARD_WORDING_REMOVED'));
