-- V27/V28 (standard wording, sections) and V29 (site settings) were written side by side, each widening the list
-- of administrative change kinds from the same starting point: V29, applied last, dropped the kinds of V27/V28.
-- The list of every kind the portal records (AdministrativeChange.Kind).
alter table administrative_change drop constraint administrative_change_kind_check;
alter table administrative_change add constraint administrative_change_kind_check
    check (kind in ('ACCOUNT_OPENED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'SENSITIVE_WORD_ADDED',
                    'SENSITIVE_WORD_REMOVED', 'SITE_SETTINGS_CHANGED', 'STANDARD_WORDING_SAVED',
                    'STANDARD_WORDING_REMOVED', 'SECTION_ADDED', 'SECTION_CHANGED'));
