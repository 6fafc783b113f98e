package cn.gxnews.portal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** The signed-in staff member, as Spring Security holds it in the session. */
final class StaffPrincipal implements UserDetails, Serializable {

    private final StaffMember member;
    private final String passwordHash;

    StaffPrincipal(StaffMember member, String passwordHash) {
        this.member = member;
        this.passwordHash = passwordHash;
    }

    StaffMember member() {
        return member;
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
