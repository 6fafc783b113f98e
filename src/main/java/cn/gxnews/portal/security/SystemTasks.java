package cn.gxnews.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * Work the portal does on its own behalf, outside any request (creating the demo data at start): it runs
 * under an explicit identity, so the services' checks apply to it exactly as to a signed-in user.
 */
@Component
public class SystemTasks {

    private final StaffUserDetailsService users;

    SystemTasks(StaffUserDetailsService users) {
        this.users = users;
    }

    /** Runs the task as the given staff member, with exactly their rights. */
    public <T> T runAs(String username, Supplier<T> task) {
        UserDetails principal = users.loadUserByUsername(username);
        return runWith(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()), task);
    }

    /**
     * Runs the task with administrator rights but as no staff member: for setting up accounts on an empty
     * database, where no administrator exists yet.
     */
    public <T> T runAsSetup(Supplier<T> task) {
        return runWith(new UsernamePasswordAuthenticationToken("setup", null,
                List.of(new SimpleGrantedAuthority(StaffRole.ADMIN.authority()))), task);
    }

    private static <T> T runWith(UsernamePasswordAuthenticationToken authentication, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
