package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PortalProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered public pages, kept in memory so that most readers cost no database query and no rendering. The
 * whole cache is dropped whenever published content changes — here or, by a database notification, on any
 * other instance — so a publish, unpublish or approved edit shows up at once everywhere.
 */
@Component
public class PageCache {

    /**
     * A rendered response: its status line is always 200.
     *
     * @param headers     the response's headers but those of the request's own (date, request id, HSTS) and of
     *                    its representation (length, coding, ETag)
     * @param gzipped     the body compressed once for the browsers that accept gzip (nearly all), so that a page
     *                    served a thousand times is not compressed a thousand times; {@code null} for a body too
     *                    small to gain from it, or of a type that does not compress
     * @param etag        the body's weak ETag, as Spring's ETag filter makes it, computed once
     * @param gzippedEtag the compressed body's, {@code null} with it
     */
    record CachedPage(Map<String, String> headers, byte[] body, byte @Nullable [] gzipped, String etag,
                      @Nullable String gzippedEtag) {

        /** Smaller bodies gain little from compression (Tomcat's own threshold is 2 KB). */
        static final int COMPRESS_FROM = 1024;

        static CachedPage of(Map<String, String> headers, byte[] body) {
            String type = headers.getOrDefault("Content-Type", "");
            boolean compressible = type.startsWith("text/") || type.contains("xml") || type.contains("json");
            byte[] gzipped = compressible && body.length >= COMPRESS_FROM ? gzip(body) : null;
            return new CachedPage(headers, body, gzipped, etag(body), gzipped == null ? null : etag(gzipped));
        }

        /** A weak ETag from the body's MD5 hash, as ShallowEtagHeaderFilter writes it: {@code W/"0…"}. */
        private static String etag(byte[] body) {
            StringBuilder etag = new StringBuilder(39).append("W/\"0");
            DigestUtils.appendMd5DigestAsHex(body, etag);
            return etag.append('"').toString();
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // never: the stream is in memory
            }
            return out.toByteArray();
        }

        /** The ETag of the body a client gets: the compressed one's when it gets that. */
        String etag(boolean compressed) {
            return compressed && gzippedEtag != null ? gzippedEtag : etag;
        }

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private final Cache<String, CachedPage> pages;
    /**
     * The last copy ever rendered of each page, kept through every emptying of the cache: what a reader gets
     * while the database cannot be reached (stale-if-error), rather than an error.
     */
    private final Cache<String, CachedPage> lastCopies;
    /** Counts the times the cache was emptied: a page rendered across one of them may be out of date. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(PortalProperties properties) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.pageCache().maxBytes())
                .weigher((String key, CachedPage page) -> key.length() + page.weight() + 256)
                // a safety net only: changes invalidate the cache immediately
                .expireAfterWrite(Duration.ofMinutes(10))
                .build();
        this.lastCopies = Caffeine.newBuilder()
                .maximumWeight(properties.pageCache().maxBytes())
                .weigher((String key, CachedPage page) -> key.length() + page.weight() + 256)
                .build();
    }

    Optional<CachedPage> find(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    /** Which emptying of the cache a page about to be rendered comes after; see {@link #put}. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps a page rendered since {@code generation} was read, unless the cache was emptied in the meantime: the
     * page may then have been read from the database before the change that emptied it, and keeping it would
     * show readers the old content until the next change.
     */
    void put(String key, CachedPage page, long generation) {
        lastCopies.put(key, page);
        if (this.generation.get() != generation) {
            return;
        }
        pages.put(key, page);
        if (this.generation.get() != generation) {
            pages.invalidate(key); // emptied while it was being put: it may have outlived the emptying
        }
    }

    /** The last copy of a page ever rendered, for when it cannot be rendered now (the database is away). */
    Optional<CachedPage> lastCopy(String key) {
        return Optional.ofNullable(lastCopies.getIfPresent(key));
    }

    /** Drops every cached page, and any page still being rendered from before this call; last copies stay. */
    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
