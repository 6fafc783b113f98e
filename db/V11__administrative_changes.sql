-- Every administrative change (accounts, offices, the sensitive-word list): who made it, what it changed, and
-- the changed fields before and after. Passwords never appear, only that one was reset.
create table administrative_change (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    actor_username text        not null,
    kind           text        not null check (kind in ('ACCOUNT_OPENED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET',
                                                        'OFFICE_CHANGED', 'SENSITIVE_WORD_ADDED',
                                                        'SENSITIVE_WORD_REMOVED')),
    subject        text        not null,
    before         jsonb       not null default '{}',
    after          jsonb       not null default '{}'
);
create index administrative_change_time_idx on administrative_change (occurred_at desc, id desc);
create index administrative_change_kind_idx on administrative_change (kind, occurred_at desc);
