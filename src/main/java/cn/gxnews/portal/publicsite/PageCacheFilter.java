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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves public pages from the {@link PageCache} and fills it. Only GETs of public pages are cached (search
 * results too: a search asked before costs no query then), only complete 200 responses without cookies; the
 * desk, Vaadin and photos are never cached. Grey mode (全站置灰) has copies of its own.
 *
 * <p>A page in the cache is answered on the shortest path (decision 0030): this filter stands near the start of the
 * chain, after the request id, the trusted proxies, the malformed-query check and the HTTP metrics, and before
 * Spring Security, the ETag filter and the controllers, none of which a cached page needs. So that a cached page
 * still carries every header a rendered one does, the headers the rest of the chain wrote when the page was
 * rendered (security headers included) are kept with it; the ETag of each coding is computed once; and the
 * headers that belong to the request (HSTS on HTTPS) are written again for each one.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Headers of the request or of the representation, not of the page: never kept with it. */
    private static final Set<String> NOT_KEPT = Set.of("date", "x-request-id", "content-length", "transfer-encoding",
            "set-cookie", "strict-transport-security", "vary", "content-encoding", "etag", "connection",
            "keep-alive");
    /** What Spring Security's default HSTS writer sends on an HTTPS request (the rendered pages have it). */
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

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
        RenderedPage wrapper = new RenderedPage(response);
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
            for (String name : wrapper.getHeaderNames()) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("Content-Type")) {
                    headers.put(name, String.join(", ", wrapper.getHeaders(name)));
                }
            }
            if (wrapper.getContentType() != null) {
                headers.put("Content-Type", wrapper.getContentType());
            }
            // the language Tomcat writes from the response's locale, which no header getter shows
            if (wrapper.locale != null) {
                headers.putIfAbsent("Content-Language", wrapper.locale.toLanguageTag());
            }
            PageCache.CachedPage page = PageCache.CachedPage.of(headers, wrapper.getContentAsByteArray());
            cache.put(key, page, generation);
            // the headers are on the response already; the body goes out as it will from the cache
            writeBody(page, request, response);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    /** The response being rendered, with the locale the view set (Tomcat's Content-Language). */
    private static final class RenderedPage extends ContentCachingResponseWrapper {

        private @Nullable Locale locale;

        RenderedPage(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            this.locale = locale;
            super.setLocale(locale);
        }
    }

    private static void serve(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String lastModified = page.headers().get("Last-Modified");
        long since = dateHeader(request, "If-Modified-Since");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (lastModified != null && since >= 0 && ifNoneMatch == null) {
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
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        boolean gzipped = page.gzipped() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = page.etag(gzipped);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            // as the ETag filter answers a browser that has the page: the page's headers, no body
            if (page.gzipped() != null) {
                response.setHeader("Vary", "Accept-Encoding");
            }
            response.setHeader("ETag", etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        writeBody(page, request, response);
    }

    /** Whether an {@code If-None-Match} header names the ETag: weak comparison, as for a GET (RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
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
        boolean compressed = false;
        if (page.gzipped() != null) {
            response.setHeader("Vary", "Accept-Encoding");
            if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
                response.setHeader("Content-Encoding", "gzip");
                body = page.gzipped();
                compressed = true;
            }
        }
        response.setHeader("ETag", page.etag(compressed));
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
