package cn.gxnews.portal.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An administrative change, announced by the service that made it inside its transaction, so that the
 * record of it commits or rolls back with the change itself. Only the fields that changed are kept.
 *
 * @param subject what was changed: a username, an office code, a word
 * @param before  the changed fields' values before (empty for something new)
 * @param after   their values after (empty for something removed)
 */
public record AdministrativeChange(Kind kind, String subject, Map<String, String> before, Map<String, String> after) {

    public enum Kind {
        ACCOUNT_OPENED, ACCOUNT_CHANGED, PASSWORD_RESET, OFFICE_CHANGED, SENSITIVE_WORD_ADDED, SENSITIVE_WORD_REMOVED,
        SITE_SETTINGS_CHANGED, STANDARD_WORDING_SAVED, STANDARD_WORDING_REMOVED, SECTION_ADDED, SECTION_CHANGED,
        SECTION_REMOVED, RECYCLE_BIN_EMPTIED
    }

    public AdministrativeChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /**
     * A change between two states given field by field; unchanged fields are left out, and a field missing
     * before counts as empty (so a new account's empty e-mail address is not a change).
     */
    public static AdministrativeChange between(Kind kind, String subject, Map<String, String> before,
                                               Map<String, String> after) {
        Map<String, String> changedBefore = new LinkedHashMap<>();
        Map<String, String> changedAfter = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String old = before.getOrDefault(field, "");
            if (!Objects.equals(old, value)) {
                if (!old.isEmpty()) {
                    changedBefore.put(field, old);
                }
                changedAfter.put(field, value);
            }
        });
        return new AdministrativeChange(kind, subject, changedBefore, changedAfter);
    }

    /** Whether anything changed at all. */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }
}
