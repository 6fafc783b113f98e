package cn.gxnews.portal.security;

import cn.gxnews.portal.security.repository.StaffUserRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Applies an administrator's changes to a member who is signed in, at the member's next request: a disabled
 * (or removed) account is signed out at once, and changed roles or office take effect at once, instead of
 * when the session ends. One small query by primary key per desk request.
 */
final class CurrentMemberRefresh extends OncePerRequestFilter {

    private final StaffUserRepository users;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentMemberRefresh(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal signedIn) {
            Optional<StaffMember> current = users.findById(signedIn.member().id());
            if (current.isEmpty() || !current.get().enabled()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (!current.get().equals(signedIn.member())) {
                StaffPrincipal refreshed = new StaffPrincipal(current.get(), signedIn.getPassword());
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                        refreshed, null, refreshed.getAuthorities());
                token.setDetails(authentication.getDetails());
                context.setAuthentication(token);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
