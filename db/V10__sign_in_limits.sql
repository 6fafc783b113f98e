-- Limits against password guessing count recent failed sign-ins per username and per client address, and
-- look for an earlier success of the account from the same address. These indexes keep those counts cheap.
create index sign_in_event_username_idx on sign_in_event (lower(username), occurred_at desc);
create index sign_in_event_client_idx on sign_in_event (client_ip, occurred_at desc);
