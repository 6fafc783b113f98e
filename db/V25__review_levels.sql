-- Review levels per office (三审制: 初审, 复审, 终审) and the company-wide publisher role (签发人), decision 0025.

-- "not valid": PostgreSQL cannot check a domain's new constraint against an array column of it (staff_user.roles);
-- the stored roles need no check, the new list only adds a value, and every new value is checked.
alter domain staff_role drop constraint staff_role_check;
alter domain staff_role add constraint staff_role_check
    check (value in ('AUTHOR', 'EDITOR', 'ADMIN', 'PUBLISHER')) not valid;
alter table staff_user drop constraint staff_user_roles_check;
alter table staff_user add constraint staff_user_roles_check check (cardinality(roles) between 1 and 4);

-- Who may take each review level of the office, first level first: the office's editors, or the company's
-- publishers. As many entries as the office has levels; one level taken by the office's editors is the default
-- and the behaviour before levels existed.
alter table office
    add column review_takers text[] not null default '{OFFICE_EDITORS}'
        constraint office_review_takers_check
            check (cardinality(review_takers) between 1 and 3
                and array_ndims(review_takers) = 1
                and review_takers <@ array ['OFFICE_EDITORS', 'PUBLISHERS']);

-- The level an article in review waits for (1 = first). An office that has fewer levels now than this number
-- treats it as its final level (read as least(review_level, levels)), so nothing in review is ever stranded.
alter table article add column review_level int check (review_level between 1 and 3);
update article set review_level = 1 where state = 'IN_REVIEW';
alter table article add constraint article_review_level_only_in_review
    check ((state = 'IN_REVIEW') = (review_level is not null));

alter domain workflow_transition drop constraint workflow_transition_check;
alter domain workflow_transition add constraint workflow_transition_check
    check (value in ('CREATE', 'SUBMIT', 'WITHDRAW', 'REQUEST_CHANGES', 'APPROVE_LEVEL', 'APPROVE_AND_PUBLISH',
                     'APPROVE_AND_SCHEDULE', 'PUBLISH_ON_SCHEDULE', 'UNPUBLISH', 'UNPUBLISH_ON_SCHEDULE',
                     'REPUBLISH', 'EDIT'));

-- The level a review decision was taken at (null for every other transition): the audit trail of each level.
alter table workflow_event
    add column review_level int check (review_level between 1 and 3),
    add constraint workflow_event_level_only_for_review_decisions
        check (review_level is null
            or transition in ('REQUEST_CHANGES', 'APPROVE_LEVEL', 'APPROVE_AND_PUBLISH', 'APPROVE_AND_SCHEDULE'));
