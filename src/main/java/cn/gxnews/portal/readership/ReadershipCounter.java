package cn.gxnews.portal.readership;

import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.readership.repository.ReadershipRepository;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Counts readers' views in memory and adds them to the database every few seconds (decision 0028): a view costs
 * a page no database write, and each instance adds its own counts to the day's rows, so the rows add up across
 * instances. A crash loses at most the views since the last write; a failed write keeps them for the next.
 * Only the article and the day are kept, nothing about the reader.
 */
@Component
public class ReadershipCounter {

    /** How often the buffered counts are written; the most a crash can lose. */
    static final long FLUSH_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ReadershipCounter.class);

    private final ReadershipRepository repository;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Counting shares it; swapping the buffer takes it alone, so no view goes into a buffer already written. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile ConcurrentHashMap<ViewKey, LongAdder> buffer = new ConcurrentHashMap<>();

    ReadershipCounter(ReadershipRepository repository, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Counts one reader's view of the article today (Beijing time). */
    public void count(long articleId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Translations.ZONE);
        swap.readLock().lock();
        try {
            buffer.computeIfAbsent(new ViewKey(articleId, today), key -> new LongAdder()).increment();
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Writes what was counted since the last write, in one transaction. The buffer is swapped first, so views
     * counted meanwhile go to the next write; when the write fails, its counts go back into the buffer.
     */
    @Scheduled(fixedDelay = FLUSH_SECONDS, initialDelay = FLUSH_SECONDS, timeUnit = TimeUnit.SECONDS)
    public synchronized void flush() {
        ConcurrentHashMap<ViewKey, LongAdder> taken;
        swap.writeLock().lock();
        try {
            taken = buffer;
            buffer = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        Map<ViewKey, Long> counts = new HashMap<>();
        taken.forEach((key, adder) -> counts.put(key, adder.sum()));
        if (counts.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> repository.add(counts));
        } catch (RuntimeException e) {
            swap.readLock().lock();
            try {
                counts.forEach((key, views) -> buffer.computeIfAbsent(key, k -> new LongAdder()).add(views));
            } finally {
                swap.readLock().unlock();
            }
            log.warn("Could not write {} articles' view counts, will try again: {}", counts.size(), e.getMessage());
        }
    }

    /** A graceful shutdown loses nothing. */
    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
