package cn.gxnews.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Response times per action of the desk benchmark, safe to record into from many threads. */
final class Timings {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();

    void record(String action, long elapsedNanos) {
        List<Long> list = nanos.computeIfAbsent(action, key -> new ArrayList<>());
        synchronized (list) {
            list.add(elapsedNanos);
        }
    }

    /** Forgets what was recorded so far (the warm-up). */
    void reset() {
        nanos.clear();
    }

    int count(String action) {
        List<Long> list = nanos.get(action);
        return list == null ? 0 : list.size();
    }

    /** One line per action: count, p50, p95, p99 and the slowest, in milliseconds, actions in name order. */
    List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %7s %8s %8s %8s %8s", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        new TreeMap<>(nanos).forEach((action, list) -> {
            List<Long> sorted;
            synchronized (list) {
                sorted = new ArrayList<>(list);
            }
            sorted.sort(null);
            lines.add(String.format("%-34s %7d %8.1f %8.1f %8.1f %8.1f", action, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted.getLast() / 1e6));
        });
        return lines;
    }

    private static double percentile(List<Long> sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
