package cn.gxnews.portal.security;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * A staff account as the rest of the portal sees it (never its password hash).
 *
 * @param officeCode the member's office, or {@code null} for an editor or administrator of all offices
 */
public record StaffMember(long id, String username, String displayName, @Nullable String officeCode,
                          Set<StaffRole> roles, boolean enabled, @Nullable String email, boolean mustChangePassword) {

    public StaffMember(long id, String username, String displayName, @Nullable String officeCode,
                       Set<StaffRole> roles, boolean enabled) {
        this(id, username, displayName, officeCode, roles, enabled, null, false);
    }

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    public boolean allOffices() {
        return officeCode == null;
    }

    /** Whether this member works for the given office (an all-offices member works for every one). */
    public boolean worksFor(String office) {
        return officeCode == null || officeCode.equals(office);
    }
}
