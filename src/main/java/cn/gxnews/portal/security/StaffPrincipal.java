package cn.gxnews.portal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * The signed-in staff member, as Spring Security holds it in the session, with the generation of the account's
 * sessions that the sign-in read ({@link CurrentMemberRefresh} ends the session once the account has a newer one).
 */
final class StaffPrincipal implements UserDetails, Serializable {

    private final StaffMember member;
    private final String passwordHash;
    private final int sessionGeneration;

    StaffPrincipal(StaffMember member, String passwordHash, int sessionGeneration) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.sessionGeneration = sessionGeneration;
    }

    StaffMember member() {
        return member;
    }

    int sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = member.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return member.enabled();
    }
}
