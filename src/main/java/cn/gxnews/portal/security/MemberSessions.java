package cn.gxnews.portal.security;

import cn.gxnews.portal.security.repository.StaffUserRepository;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a member's desk sessions, on every portal instance: the account gets a new session generation in the
 * database, and {@link CurrentMemberRefresh} ends each session of an older one at its next request. No list of
 * sessions is kept in any one instance's memory.
 */
@Component
class MemberSessions {

    private final StaffUserRepository users;

    MemberSessions(StaffUserRepository users) {
        this.users = users;
    }

    /** Ends every session of the member (an administrator's password reset, a disabled account). */
    void endAll(long memberId) {
        users.endSessions(memberId);
    }

    /**
     * Ends every session of the signed-in member but the one this request belongs to (they changed their own
     * password here): that one moves on to the new generation at once, so that a request of it that arrives
     * before the change commits is not taken for an old session, and back again if the change rolls back.
     */
    void endOthers(long memberId) {
        int generation = users.endSessions(memberId);
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof StaffPrincipal signedIn)
                || signedIn.member().id() != memberId) {
            return;
        }
        StaffPrincipal renewed = new StaffPrincipal(signedIn.member(), signedIn.getPassword(), generation);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(renewed, null,
                renewed.getAuthorities());
        token.setDetails(current.getDetails());
        keep(context, token);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        keep(context, current);
                    }
                }
            });
        }
    }

    /** Signs this request's session in with {@code authentication}, in the holder and in the HTTP session. */
    private static void keep(SecurityContext context, Authentication authentication) {
        context.setAuthentication(authentication);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
