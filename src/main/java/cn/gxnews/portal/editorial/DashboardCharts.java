package cn.gxnews.portal.editorial;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The dashboard's two charts (publications per week, review turnaround), per office or all offices and span. They
 * count weeks and months, so figures a minute old are as good as new, and an office's editors opening the
 * dashboard share one computation of them instead of aggregating tens of thousands of rows each (decision 0033).
 * The counts per state are never kept. Each instance of a cluster keeps its own; time is the portal's clock.
 */
@Component
public class DashboardCharts {

    /** How long a chart is kept. */
    public static final Duration KEPT = Duration.ofMinutes(1);

    private final Cache<String, Object> charts;

    DashboardCharts(Clock clock) {
        charts = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(1_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** The chart under this key as computed within the last {@link #KEPT}, else computed now. */
    @SuppressWarnings("unchecked")
    <T> T kept(String key, Supplier<T> compute) {
        return (T) charts.get(key, unused -> compute.get());
    }

    /**
     * Forgets every chart, so that the next opening computes them from the database: for a database whose content
     * was replaced at once (a test's fresh newsroom).
     */
    public void forget() {
        charts.invalidateAll();
    }
}
