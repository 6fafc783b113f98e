package cn.gxnews.portal.publicsite;

import org.jspecify.annotations.Nullable;

import java.util.function.Supplier;

/**
 * Something every public page reads and only an administrator changes (the offices, the sections, the marks of
 * the offices' photos), read once and kept as long as the cached pages are: every change that could alter it
 * empties the {@link PageCache} (here, and through the database's notification on every other instance: see
 * {@link PublishedContentChanges}), and the next page reads it again. So a page never shows an office, a section or
 * a photo address older than the cached pages would, and a test that empties the cache forgets these too.
 *
 * <p>A copy read while the cache was emptied is used once but not kept: it may have been read before the change.
 */
final class KeptWithPages<T> {

    private record Kept<T>(long generation, T value) {
    }

    private final PageCache pages;
    private final Supplier<T> read;
    private volatile @Nullable Kept<T> kept;

    KeptWithPages(PageCache pages, Supplier<T> read) {
        this.pages = pages;
        this.read = read;
    }

    T get() {
        long generation = pages.generation();
        Kept<T> current = kept;
        if (current != null && current.generation() == generation) {
            return current.value();
        }
        T value = read.get();
        if (pages.generation() == generation) {
            kept = new Kept<>(generation, value);
        }
        return value;
    }
}
