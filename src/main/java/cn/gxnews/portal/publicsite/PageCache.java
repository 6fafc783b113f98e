package cn.gxnews.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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

    void put(String key, CachedPage page) {
        pages.put(key, page);
    }

    /** Drops every cached page. */
    public void invalidateAll() {
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
