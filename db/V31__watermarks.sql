-- Watermarks (decision 0028): an office's optional text on the photos readers get of its articles. The stored
-- photos stay clean; the marked copies are kept per office, photo, width and watermark version. The version grows
-- with every change and is part of the photos' addresses, so no reader's cache keeps an old copy.

create table office_watermark (
    office_code text        primary key references office,
    enabled     boolean     not null default false,
    text        text        not null default '' check (length(text) <= 40),
    position    text        not null default 'BOTTOM_RIGHT'
        check (position in ('TOP_LEFT', 'TOP_RIGHT', 'CENTER', 'BOTTOM_LEFT', 'BOTTOM_RIGHT')),
    opacity     int         not null default 60 check (opacity between 10 and 100),
    version     int         not null default 1 check (version > 0),
    updated_at  timestamptz not null default now(),
    constraint office_watermark_enabled_has_text check (not enabled or length(btrim(text)) > 0)
);

create table media_watermarked (
    office_code text  not null references office,
    sha256      text  not null references media_blob on delete cascade,
    width       int   not null check (width > 0),
    version     int   not null check (version > 0),
    bytes       bytea not null check (length(bytes) > 0),
    primary key (office_code, sha256, width)
);
