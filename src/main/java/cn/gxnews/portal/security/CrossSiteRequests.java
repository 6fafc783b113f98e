package cn.gxnews.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request that another site's page sent to the desk, before anything can create a
 * session for it. Such a request comes without the desk's {@code SameSite=Lax} cookie, so whatever answers it
 * with a new session hands the browser a cookie that replaces its own: a forced sign-out. The CSRF check
 * guards the desk's forms that way ({@link SessionlessRefusalCsrfTokens}), but Vaadin's own requests skip it,
 * and a POST to {@code /desk/?v-r=init} opened a session while being refused. The browser says where a request
 * comes from in {@code Sec-Fetch-Site} (every current browser) or, for a POST, in {@code Origin}; the desk
 * takes no state-changing request from another site, so none of these is refused wrongly.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equalsIgnoreCase("cross-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            String originHost = URI.create(origin.strip()).getHost();
            return originHost == null || !originHost.equalsIgnoreCase(host(request));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The host the browser addressed, without the port. */
    private static String host(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            return request.getServerName();
        }
        int colon = host.lastIndexOf(':');
        String name = colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
        return name.toLowerCase(Locale.ROOT);
    }
}
