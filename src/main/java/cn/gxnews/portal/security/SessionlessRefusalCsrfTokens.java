package cn.gxnews.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import java.util.Set;

/**
 * The desk's CSRF tokens, kept in the HTTP session as Spring Security's default keeps them, except that a
 * state-changing request never creates a session to store a token. Such a request without a session (a form on
 * another site: the browser does not send the desk's {@code SameSite=Lax} cookie with it) has no token to match
 * and is refused; Spring Security would still create a session for a new token while refusing it, and its
 * cookie in the refusal would replace the browser's own: a forced sign-out from any web page.
 */
final class SessionlessRefusalCsrfTokens implements CsrfTokenRepository {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token != null && request.getSession(false) == null && !SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        sessions.saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return sessions.loadToken(request);
    }
}
