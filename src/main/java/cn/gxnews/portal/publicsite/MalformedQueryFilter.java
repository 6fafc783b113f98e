package cn.gxnews.portal.publicsite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers {@code 400} (the site's "cannot be opened" page) to an address whose query string does not decode, such as
 * {@code ?q=%FF} (not UTF-8). Tomcat only finds out when a parameter is first read, deep inside a controller, and
 * then logs an error with a stack trace for what is a client's mistake; one line at INFO is enough. Only GET and
 * HEAD are looked at: for them, reading the parameters reads the query string and nothing else.
 */
class MalformedQueryFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedQueryFilter.class);
    private static final int LOGGED_LENGTH = 200;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException malformed) {
            // Tomcat's InvalidParameterException; its message quotes the decoded value, so it is not logged
            String uri = request.getRequestURI();
            LOG.info("Refused {} {}?… (400): its query string does not decode", request.getMethod(),
                    uri.length() > LOGGED_LENGTH ? uri.substring(0, LOGGED_LENGTH) + "…" : uri);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
