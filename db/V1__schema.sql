-- Schema v1: regional offices, staff accounts, articles with revisions, and the workflow audit trail.
-- The database refuses impossible data itself: every rule that a row alone can express is a constraint.

create domain article_state as text
    check (value in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED'));

create domain staff_role as text
    check (value in ('AUTHOR', 'EDITOR', 'ADMIN'));

create table office (
    code           text primary key check (code ~ '^[a-z][a-z0-9-]{1,31}$'),
    name_zh        text not null check (length(btrim(name_zh)) > 0),
    name_en        text not null check (length(btrim(name_en)) > 0),
    address        text not null,
    contact_person text not null,
    phone          text not null,
    position       int  not null unique,
    version        int  not null default 0
);

create table staff_user (
    id            bigint generated always as identity primary key,
    username      text        not null check (username ~ '^[A-Za-z0-9._-]{2,64}$'),
    display_name  text        not null check (length(btrim(display_name)) > 0),
    password_hash text        not null,
    enabled       boolean     not null default true,
    -- null means "all offices", which only editors and administrators may have
    office_code   text references office,
    roles         staff_role[] not null check (cardinality(roles) between 1 and 3),
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    constraint staff_user_all_offices_not_for_authors
        check (office_code is not null or not ('AUTHOR' = any (roles)))
);
-- Usernames are unique regardless of case: "Editor.Nanning" and "editor.nanning" are one account.
create unique index staff_user_username_key on staff_user (lower(username));

create table article (
    id                    bigint generated always as identity primary key,
    office_code           text          not null references office,
    author_id             bigint        not null references staff_user,
    state                 article_state not null,
    version               int           not null default 0,
    working_revision_id   bigint        not null,
    published_revision_id bigint,
    first_published_at    timestamptz,
    created_at            timestamptz   not null default now(),
    -- who changed the article last, and when: shown when someone else's save is refused as stale
    updated_by            bigint        not null references staff_user,
    updated_at            timestamptz   not null default now(),
    constraint article_published_has_revision
        check (state <> 'PUBLISHED' or published_revision_id is not null),
    constraint article_published_has_date
        check ((published_revision_id is null) = (first_published_at is null))
);

create table article_revision (
    id          bigint generated always as identity primary key,
    article_id  bigint      not null references article on delete cascade,
    revision_no int         not null check (revision_no > 0),
    title       text        not null check (length(title) <= 200),
    summary     text        not null check (length(summary) <= 500),
    -- One element per paragraph; a paragraph starting with ▲ is a photo caption.
    body        text[]      not null,
    created_by  bigint      not null references staff_user,
    created_at  timestamptz not null default now(),
    unique (article_id, revision_no),
    unique (article_id, id)
);

-- The article points at its revisions, and a revision must belong to that same article.
alter table article
    add constraint article_working_revision_fk
        foreign key (id, working_revision_id) references article_revision (article_id, id)
            deferrable initially deferred,
    add constraint article_published_revision_fk
        foreign key (id, published_revision_id) references article_revision (article_id, id)
            deferrable initially deferred;

create table workflow_event (
    id          bigint generated always as identity primary key,
    article_id  bigint        not null references article on delete cascade,
    revision_id bigint        not null,
    -- null for the event that creates the article
    from_state  article_state,
    to_state    article_state not null,
    actor_id    bigint        not null references staff_user,
    comment     text,
    occurred_at timestamptz   not null default now(),
    foreign key (article_id, revision_id) references article_revision (article_id, id),
    constraint workflow_event_changes_need_reason
        check (to_state <> 'CHANGES_REQUESTED' or length(btrim(coalesce(comment, ''))) > 0)
);

create index article_office_state_idx on article (office_code, state);
create index article_author_idx on article (author_id);
create index article_published_idx on article (first_published_at desc, id desc) where state = 'PUBLISHED';
create index article_revision_article_idx on article_revision (article_id, revision_no desc);
create index workflow_event_article_idx on workflow_event (article_id, occurred_at, id);
