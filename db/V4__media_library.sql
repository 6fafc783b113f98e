-- Photos: the bytes of each distinct photo are stored once (keyed by the SHA-256 of the upload), re-encoded
-- without metadata, with smaller variants for srcset; each office has its own library entry with caption,
-- credit and alt text, the uploader and the time.

create table media_blob (
    sha256       text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    content_type text        not null check (content_type in ('image/jpeg', 'image/png')),
    width        int         not null check (width > 0),
    height       int         not null check (height > 0),
    created_at   timestamptz not null default now()
);

-- The master (its full width) and each downscaled variant, by width.
create table media_file (
    sha256 text  not null references media_blob on delete cascade,
    width  int   not null check (width > 0),
    height int   not null check (height > 0),
    bytes  bytea not null check (length(bytes) > 0),
    primary key (sha256, width)
);

create table media (
    id          bigint generated always as identity primary key,
    sha256      text        not null references media_blob,
    office_code text        not null references office,
    caption     text        not null default '' check (length(caption) <= 300),
    credit      text        not null default '' check (length(credit) <= 100),
    alt_text    text        not null default '' check (length(alt_text) <= 300),
    uploaded_by bigint      not null references staff_user,
    uploaded_at timestamptz not null default now(),
    version     int         not null default 0,
    unique (office_code, sha256)
);
create index media_office_idx on media (office_code, uploaded_at desc, id desc);
