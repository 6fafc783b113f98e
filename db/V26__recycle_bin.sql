-- The recycle bin (decision 0025): an article moved there keeps everything (revisions, comments, history) until it
-- is restored or purged. Moving it in and out are workflow events, so every move is in the audit trail.

alter table article
    add column binned_at timestamptz,
    add column binned_by bigint references staff_user,
    add constraint article_binned_by_someone check ((binned_at is null) = (binned_by is null)),
    -- a published article is taken offline before it can be binned
    add constraint article_binned_is_offline check (binned_at is null or not live);
create index article_binned_idx on article (binned_at) where binned_at is not null;

alter domain workflow_transition drop constraint workflow_transition_check;
alter domain workflow_transition add constraint workflow_transition_check
    check (value in ('CREATE', 'SUBMIT', 'WITHDRAW', 'REQUEST_CHANGES', 'APPROVE_LEVEL', 'APPROVE_AND_PUBLISH',
                     'APPROVE_AND_SCHEDULE', 'PUBLISH_ON_SCHEDULE', 'UNPUBLISH', 'UNPUBLISH_ON_SCHEDULE',
                     'REPUBLISH', 'EDIT', 'MOVE_TO_BIN', 'RESTORE_FROM_BIN'));

-- A request for changes needs its reason. The rule was written as "an event that ends sent back", which only a
-- request for changes used to do; moving a sent-back article to the bin and out again keeps its state.
alter table workflow_event drop constraint workflow_event_changes_need_reason;
alter table workflow_event add constraint workflow_event_changes_need_reason
    check (transition <> 'REQUEST_CHANGES' or length(btrim(coalesce(comment, ''))) > 0);
