-- Article bodies become ordered blocks (paragraph, heading, quote, photo) stored as a JSON array, so that
-- revisions and diffs work block by block. Existing paragraphs carry over; a ▲ line becomes the caption of
-- a photo block that waits for its image. Articles may also have a cover photo.

create function pg_temp.blocks_of(lines text[]) returns jsonb language sql immutable as $$
    select coalesce(jsonb_agg(
               case when line like '▲%'
                    then jsonb_build_object('type', 'photo', 'caption', btrim(substr(line, 2)), 'credit', '', 'alt', '')
                    else jsonb_build_object('type', 'paragraph', 'text', line) end
               order by position), '[]'::jsonb)
    from unnest(lines) with ordinality as t(line, position)
$$;

alter table article_revision add column blocks jsonb;
update article_revision set blocks = pg_temp.blocks_of(body);
alter table article_revision drop column body;
alter table article_revision rename column blocks to body;
alter table article_revision
    alter column body set not null,
    add constraint article_revision_body_is_array check (jsonb_typeof(body) = 'array'),
    add column cover_media text references media_blob;

alter table draft_autosave add column blocks jsonb;
update draft_autosave set blocks = pg_temp.blocks_of(body);
alter table draft_autosave drop column body;
alter table draft_autosave rename column blocks to body;
alter table draft_autosave
    alter column body set not null,
    add constraint draft_autosave_body_is_array check (jsonb_typeof(body) = 'array'),
    add column cover_media text references media_blob;
