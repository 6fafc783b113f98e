package cn.gxnews.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages, kept in memory so that most readers cost no database query and no rendering. The
 * whole cache is dropped whenever published content changes — here or, by a database notification, on any
 * other instance — so a publish, unpublish or approved edit shows up at once everywhere.
 */
@Component
public class PageCache {

    /** A rendered response: its status line is always 200. */
    record CachedPage(Map<String, String> headers, byte[] body) {
    }

    private final Cache<String, CachedPage> pages;
    /** Counts the times the cache was emptied: a page rendered across one of them may be out of date. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(@Value("${portal.page-cache.max-bytes:67108864}") long maxBytes) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> key.length() + page.body().length + 256)
                // a safety net only: changes invalidate the cache immediately
                .expireAfterWrite(Duration.ofMinutes(10))
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
        if (this.generation.get() != generation) {
            return;
        }
        pages.put(key, page);
        if (this.generation.get() != generation) {
            pages.invalidate(key); // emptied while it was being put: it may have outlived the emptying
        }
    }

    /** Drops every cached page, and any page still being rendered from before this call. */
    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
