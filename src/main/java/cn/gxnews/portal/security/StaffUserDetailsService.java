package cn.gxnews.portal.security;

import cn.gxnews.portal.security.repository.StaffUserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts for form login, and stores the new hash when a password hashed with an older scheme
 * is upgraded at sign-in.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final StaffUserRepository users;

    StaffUserDetailsService(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findCredentials(username)
                .map(c -> new StaffPrincipal(c.member(), c.passwordHash(), c.sessionGeneration()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        StaffPrincipal principal = (StaffPrincipal) user;
        users.updatePasswordHash(principal.member().id(), newPassword);
        return new StaffPrincipal(principal.member(), newPassword, principal.sessionGeneration());
    }
}
