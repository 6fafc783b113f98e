-- Every sign-in attempt, successful or not, with the client's address: administrators review it, and limits
-- against password guessing will be built on it.
create table sign_in_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    username      text        not null check (length(username) <= 200),
    staff_user_id bigint references staff_user on delete set null,
    client_ip     text        not null check (length(client_ip) <= 64),
    success       boolean     not null,
    reason        text
);
create index sign_in_event_time_idx on sign_in_event (occurred_at desc, id desc);
