package cn.gxnews.portal.security;

import cn.gxnews.portal.security.repository.StaffUserRepository;
import cn.gxnews.portal.security.repository.StaffUserRepository.SessionCheck;
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
 * Applies changes to the account of a member who is signed in, at the member's next request: a disabled (or
 * removed) account is signed out at once, and so is a session from before the account's sessions were ended
 * ({@link MemberSessions}: a changed or reset password); changed roles or office take effect at once, instead
 * of when the session ends. One small query by primary key per desk request, so it holds on every instance.
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
            Optional<SessionCheck> account = users.findForSession(signedIn.member().id());
            Optional<StaffMember> current = account.map(SessionCheck::member);
            if (current.isEmpty() || !current.get().enabled()
                    // newer, not different: a session that just moved on may be ahead of an uncommitted change
                    || account.get().sessionGeneration() > signedIn.sessionGeneration()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (!current.get().equals(signedIn.member())) {
                StaffPrincipal refreshed = new StaffPrincipal(current.get(), signedIn.getPassword(),
                        signedIn.sessionGeneration());
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
