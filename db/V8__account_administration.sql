-- Account administration: a password set by an administrator (a new account, a reset) is for one sign-in
-- only; the member must choose their own before doing anything else.
alter table staff_user add column must_change_password boolean not null default false;
