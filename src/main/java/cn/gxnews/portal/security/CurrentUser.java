package cn.gxnews.portal.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The staff member on whose behalf the current request or UI event runs. Services decide office scoping
 * from this, never from anything the browser sends.
 */
@Component
public class CurrentUser {

    /** The signed-in staff member, if any. */
    public Optional<StaffMember> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.member());
        }
        return Optional.empty();
    }

    /** The signed-in staff member; refuses when nobody is signed in. */
    public StaffMember require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
