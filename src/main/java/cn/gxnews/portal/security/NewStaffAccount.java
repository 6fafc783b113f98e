package cn.gxnews.portal.security;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/** What it takes to create a staff account; the password is hashed before it is stored. */
public record NewStaffAccount(String username, String displayName, String password, @Nullable String officeCode,
                              Set<StaffRole> roles) {
}
