package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.readership.Readers;
import cn.gxnews.portal.readership.ReadershipCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts a reader's view of an article page, however it was answered: rendered, from the page cache, or
 * {@code 304 Not Modified} to a browser that had it (the reader still saw it). Outside the page cache and the
 * ETag filter, so it sees the final answer. Bots, prefetches and pages opened from the desk are not counted
 * ({@link Readers}); nothing about the request is kept but the article's id.
 */
class ArticleViewFilter extends OncePerRequestFilter {

    private static final Pattern ARTICLE_PAGE = Pattern.compile("(?:/en)?/news/(\\d{1,18})(?:/[^/]*)?");

    private final ReadershipCounter counter;

    ArticleViewFilter(ReadershipCounter counter) {
        this.counter = counter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/")
                || !ARTICLE_PAGE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if ((status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED)
                && Readers.isReader(request)) {
            Matcher page = ARTICLE_PAGE.matcher(request.getRequestURI());
            if (page.matches()) {
                counter.count(Long.parseLong(page.group(1)));
            }
        }
    }
}
