-- An autosave remembers the revision its text was typed on, so that restoring it after someone else saved
-- merges it with the latest text (base = that revision, mine = the autosave, theirs = the latest) instead of
-- putting the old text on top. The version alone cannot say which revision that was: transitions change it too.
alter table draft_autosave add column base_revision int;
alter table draft_autosave
    add constraint draft_autosave_base_revision_fk
        foreign key (article_id, base_revision) references article_revision (article_id, revision_no);
comment on column draft_autosave.base_revision is
    'The number of the revision the text was typed on; null for autosaves made before this was kept';

-- Autosaves of the article's current version were typed on its working revision; for older ones it is not
-- known any more, and a restore then treats every difference as a conflict.
update draft_autosave d
set base_revision = r.revision_no
from article a
         join article_revision r on r.id = a.working_revision_id
where a.id = d.article_id
  and a.version = d.base_version;
