-- After-commit work (e-mail notices, the page cache's drops) recorded in the same transaction as the change
-- that causes it, and marked complete once done: Spring Modulith's event publication registry, schema v2 for
-- PostgreSQL. Work a crash interrupted is resubmitted at the next start (decision 0020).
CREATE TABLE event_publication
(
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- When a notification's e-mail was handed to the mail server: set just before sending (so two instances that
-- resubmit the same unfinished work do not both send it), cleared again if sending failed.
ALTER TABLE notification ADD COLUMN mailed_at TIMESTAMP WITH TIME ZONE;
-- Notifications written before the registry existed were mailed (or never will be): do not send them again.
UPDATE notification SET mailed_at = created_at;
