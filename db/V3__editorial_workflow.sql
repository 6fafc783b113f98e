-- The complete editorial workflow: scheduling and unpublishing, live articles with pending edits, an audit
-- trail that names each transition, comments, notifications, soft edit locks, autosaves, sensitive words.

alter domain article_state drop constraint article_state_check;
alter domain article_state add constraint article_state_check
    check (value in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'));

create domain workflow_transition as text
    check (value in ('CREATE', 'SUBMIT', 'WITHDRAW', 'REQUEST_CHANGES', 'APPROVE_AND_PUBLISH',
                     'APPROVE_AND_SCHEDULE', 'PUBLISH_ON_SCHEDULE', 'UNPUBLISH', 'UNPUBLISH_ON_SCHEDULE',
                     'REPUBLISH', 'EDIT'));

-- "state" is where the working revision stands; "live" says whether readers see the published revision.
-- A published article that is being edited stays live with its published revision until the edit is approved.
alter table article
    add column live         boolean not null default false,
    add column publish_at   timestamptz,
    add column unpublish_at timestamptz,
    -- null when the portal's scheduler made the last change
    alter column updated_by drop not null;
update article set live = (state = 'PUBLISHED');

alter table article
    drop constraint article_published_has_revision,
    add constraint article_live_has_revision check (not live or published_revision_id is not null),
    add constraint article_published_is_live_and_current
        check (state <> 'PUBLISHED' or (live and published_revision_id = working_revision_id)),
    add constraint article_unpublished_is_offline
        check (state <> 'UNPUBLISHED' or (not live and published_revision_id is not null)),
    add constraint article_scheduled_has_time check ((state = 'SCHEDULED') = (publish_at is not null)),
    add constraint article_unpublish_after_publish
        check (unpublish_at is null or publish_at is null or unpublish_at > publish_at);

drop index article_published_idx;
create index article_live_idx on article (first_published_at desc, id desc) where live;
create index article_due_publish_idx on article (publish_at) where state = 'SCHEDULED';
create index article_due_unpublish_idx on article (unpublish_at) where live and unpublish_at is not null;

alter table article_revision
    -- set when the revision was made by restoring an older one
    add column restored_from int;

alter table workflow_event
    add column transition workflow_transition,
    add column late boolean not null default false,
    alter column actor_id drop not null;
update workflow_event set transition = case
    when from_state is null then 'CREATE'
    when to_state = 'IN_REVIEW' then 'SUBMIT'
    when to_state = 'CHANGES_REQUESTED' then 'REQUEST_CHANGES'
    when to_state = 'PUBLISHED' then 'APPROVE_AND_PUBLISH'
    else 'EDIT' end;
alter table workflow_event
    alter column transition set not null,
    add constraint workflow_event_actor_unless_scheduler
        check (actor_id is not null or transition in ('PUBLISH_ON_SCHEDULE', 'UNPUBLISH_ON_SCHEDULE')),
    add constraint workflow_event_only_schedules_are_late
        check (not late or transition in ('PUBLISH_ON_SCHEDULE', 'UNPUBLISH_ON_SCHEDULE'));
create index workflow_event_time_idx on workflow_event (occurred_at, id);

alter table staff_user
    add column email text check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$');

create table article_comment (
    id          bigint generated always as identity primary key,
    article_id  bigint      not null references article on delete cascade,
    parent_id   bigint references article_comment on delete cascade,
    author_id   bigint      not null references staff_user,
    body        text        not null check (length(btrim(body)) between 1 and 4000),
    created_at  timestamptz not null default now(),
    resolved_at timestamptz,
    resolved_by bigint references staff_user,
    constraint article_comment_resolved_by_someone check ((resolved_at is null) = (resolved_by is null))
);
create index article_comment_article_idx on article_comment (article_id, created_at, id);

create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint      not null references staff_user on delete cascade,
    event_id     bigint      not null references workflow_event on delete cascade,
    created_at   timestamptz not null default now(),
    read_at      timestamptz,
    unique (recipient_id, event_id)
);
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);

-- A soft lock: who is editing an article. It expires by itself when the holder stops sending heartbeats.
create table edit_lock (
    article_id   bigint primary key references article on delete cascade,
    holder_id    bigint      not null references staff_user on delete cascade,
    acquired_at  timestamptz not null default now(),
    heartbeat_at timestamptz not null default now()
);

-- What a writer typed since their last save, kept every few seconds so a closed tab loses almost nothing.
create table draft_autosave (
    article_id   bigint      not null references article on delete cascade,
    user_id      bigint      not null references staff_user on delete cascade,
    base_version int         not null,
    title        text        not null,
    summary      text        not null,
    body         text[]      not null,
    saved_at     timestamptz not null default now(),
    primary key (article_id, user_id)
);

create table sensitive_word (
    word       text primary key check (length(word) between 1 and 50 and word = btrim(word)),
    created_at timestamptz not null default now(),
    created_by bigint references staff_user on delete set null
);
