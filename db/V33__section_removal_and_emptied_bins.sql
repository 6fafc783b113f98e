-- Administrators remove an unused section and empty the recycle bins; both go to the administrative changes
-- (decisions 0025, 0026). The list of every kind the portal records (AdministrativeChange.Kind).
alter table administrative_change drop constraint administrative_change_kind_check;
alter table administrative_change add constraint administrative_change_kind_check
    check (kind in ('ACCOUNT_OPENED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'SENSITIVE_WORD_ADDED',
                    'SENSITIVE_WORD_REMOVED', 'SITE_SETTINGS_CHANGED', 'STANDARD_WORDING_SAVED',
                    'STANDARD_WORDING_REMOVED', 'SECTION_ADDED', 'SECTION_CHANGED', 'SECTION_REMOVED',
                    'RECYCLE_BIN_EMPTIED'));
