package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.DatabaseUnavailable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves public pages from the {@link PageCache} and fills it. Only anonymous GETs of public pages are
 * cached (search results too: a search asked before costs no query then), only complete 200 responses without
 * cookies; the desk, Vaadin and photos are never cached. Grey mode (全站置灰) has copies of its own.
 */
class PageCacheFilter extends OncePerRequestFilter {

    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Cache-Control", "Last-Modified",
            "Content-Language", "Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options",
            "X-Frame-Options");

    private static final Logger log = LoggerFactory.getLogger(PageCacheFilter.class);

    private final PageCache cache;
    private final PageTexts texts;
    private final Counter hits;
    private final Counter misses;
    private final Counter lastCopiesServed;

    PageCacheFilter(PageCache cache, PageTexts texts, MeterRegistry meters) {
        this.cache = cache;
        this.texts = texts;
        this.hits = counter(meters, "hit");
        this.misses = counter(meters, "miss");
        this.lastCopiesServed = counter(meters, "last-copy");
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("portal.page.cache").tag("result", result)
                .description("Public pages answered from the page cache, rendered, or from a last copy")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || path.startsWith("/desk") || path.startsWith("/VAADIN")
                || path.startsWith("/media") || path.startsWith("/css/") || path.startsWith("/lumo/")
                || path.startsWith("/error") || path.startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Grey and coloured copies of a page are kept apart, and which one a reader gets is decided here, from the
        // clock, for every request: a scheduled grey period starts and ends exactly on time, without waiting for
        // the cache to be emptied, and no coloured copy is ever served while the site is grey (nor the reverse).
        String key = texts.decideLook(request) + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        var cached = cache.find(key);
        if (cached.isPresent()) {
            hits.increment();
            serve(cached.get(), request, response);
            return;
        }
        misses.increment();
        long generation = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException | RuntimeException failure) {
            var lastCopy = cache.lastCopy(key);
            if (!DatabaseUnavailable.causedBy(failure) || lastCopy.isEmpty() || response.isCommitted()) {
                throw failure; // the error page answers: 503 with Retry-After when the database is away
            }
            // stale-if-error: the database is away, the last copy of the page is better than an error
            log.warn("Database unavailable: served the last copy of {} ({})", key, failure.getMessage());
            lastCopiesServed.increment();
            response.reset();
            serve(lastCopy.get(), request, response);
            return;
        }
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && !wrapper.containsHeader("Set-Cookie")) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = name.equals("Content-Type") ? wrapper.getContentType() : wrapper.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            PageCache.CachedPage page = PageCache.CachedPage.of(headers, wrapper.getContentAsByteArray());
            cache.put(key, page, generation);
            // the headers are on the response already; the body goes out as it will from the cache
            writeBody(page, request, response);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    private static void serve(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String lastModified = page.headers().get("Last-Modified");
        long since = dateHeader(request, "If-Modified-Since");
        if (lastModified != null && since >= 0 && request.getHeader("If-None-Match") == null) {
            long modified = java.time.ZonedDateTime.parse(lastModified,
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            if (modified / 1000 <= since / 1000) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                response.setHeader("Last-Modified", lastModified);
                return;
            }
        }
        page.headers().forEach((name, value) -> {
            if (name.equals("Content-Type")) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        writeBody(page, request, response);
    }

    /** A date header's time, or -1 when it is missing or no date (a client's garbage is ignored, as RFC 9110 says). */
    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }

    /**
     * The page's body, compressed when it has a compressed copy and the client accepts gzip. Tomcat leaves a
     * response that already has a {@code Content-Encoding} alone, and merges its own {@code Vary} into ours.
     */
    private static void writeBody(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = page.body();
        if (page.gzipped() != null) {
            response.setHeader("Vary", "Accept-Encoding");
            if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
                response.setHeader("Content-Encoding", "gzip");
                body = page.gzipped();
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Whether an {@code Accept-Encoding} header admits gzip: named without {@code q=0}, or, when not named,
     * admitted by {@code *} without {@code q=0}.
     */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean admittedByAny = false;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                refused |= parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0*)?");
            }
            if (name.equalsIgnoreCase("gzip")) {
                return !refused;
            }
            if (name.equals("*")) {
                admittedByAny = !refused;
            }
        }
        return admittedByAny;
    }
}
