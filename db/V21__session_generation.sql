-- Ending a member's desk sessions: changing one's password ends one's other sessions, and an administrator's
-- password reset or disabling of the account ends all of them. A session remembers the generation its sign-in
-- read; each desk request compares it with this column, so a session of an older generation ends at its next
-- request on whichever portal instance holds it.
alter table staff_user add column session_generation integer not null default 0;
