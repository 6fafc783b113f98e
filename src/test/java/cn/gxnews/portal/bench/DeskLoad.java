package cn.gxnews.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desk benchmark (src/bench/benchmark.sh): desk members working at once through the real desk, each with its
 * own session and browser-like client ({@link DeskClient}), measuring every action's response time on the loopback
 * (the server's time plus a fraction of a millisecond of the loopback's). Each member signs in, then goes round the
 * day's work with a pause between actions (see {@link #work}). Afterwards every member opens its long draft
 * again, and the portal's live heap is measured (full GC) before and after they all sign out: the difference is
 * what the sessions retained.
 *
 * <pre>java ... DeskLoad BASE_URL MEMBERS_FILE PASSWORD WARMUP_SECONDS SECONDS PAUSE_MS PORTAL_PID</pre>
 * MEMBERS_FILE: lines {@code username|long draft id|ids of articles to review,...} (desk-seed.sql's output).
 */
public final class DeskLoad {

    private record Member(String username, long draft, Deque<Long> toReview) {
    }

    /** About how many actions a member's round has (without the rarer ones). */
    private static final int ACTIONS_PER_ROUND = 13;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final URI base;
    private final String password;
    private final long pauseMillis;
    private final Timings timings = new Timings();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicLong csvBytes = new AtomicLong();
    private volatile long until;

    private DeskLoad(URI base, String password, long pauseMillis) {
        this.base = base;
        this.password = password;
        this.pauseMillis = pauseMillis;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        List<Member> members = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\\|");
            if (parts.length == 3) {
                Deque<Long> ids = new ArrayDeque<>();
                for (String id : parts[2].split(",")) {
                    ids.add(Long.parseLong(id));
                }
                members.add(new Member(parts[0], Long.parseLong(parts[1]), ids));
            }
        }
        DeskLoad load = new DeskLoad(base, args[2], Long.parseLong(args[5]));
        long pid = Long.parseLong(args[6]);
        load.run(members, Integer.parseInt(args[3]), Integer.parseInt(args[4]), pid);
    }

    private void run(List<Member> members, int warmupSeconds, int seconds, long pid) throws Exception {
        System.out.printf("%d desk members, each pausing %d ms on average between actions; %d s of warm-up, %d s measured%n",
                members.size(), pauseMillis, warmupSeconds, seconds);
        List<DeskClient> clients = new ArrayList<>();
        members.forEach(member -> clients.add(new DeskClient(base, timings)));
        until = System.currentTimeMillis() + (warmupSeconds + seconds) * 1000L;
        long measureFrom = System.currentTimeMillis() + warmupSeconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            DeskClient client = clients.get(i);
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> work(index, member, client)));
        }
        Thread.sleep(Math.max(0, measureFrom - System.currentTimeMillis()));
        timings.reset();
        errors.clear();
        csvBytes.set(0);
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println();
        System.out.println("Desk actions (" + members.size() + " members at once; response time on the loopback):");
        timings.report().forEach(System.out::println);
        System.out.println(errors.isEmpty() ? "errors: none" : "errors: " + new TreeMap<>(errors));
        int files = timings.count("audit trail: CSV: whole file");
        if (files > 0) {
            System.out.printf("audit trail CSV files: %.1f MB each on average%n", csvBytes.get() / 1e6 / files);
        }

        // what a session retains: every member with its long draft open, then signed out
        for (int i = 0; i < members.size(); i++) {
            clients.get(i).navigate("(heap) editor", "article/" + members.get(i).draft());
        }
        int nodes = clients.getFirst().nodeCount();
        long justOpened = liveHeapKb(pid);
        // Vaadin keeps each UI's last answer to send it again should it be lost: right after the opening that is
        // the whole editor's; the member's next request (any) replaces it with a small one
        for (DeskClient client : clients) {
            client.ping("(heap) next request");
        }
        long withSessions = liveHeapKb(pid);
        histogram(pid, "with-sessions");
        for (DeskClient client : clients) {
            try {
                client.click("(heap) sign out", client.button("退出"));
            } catch (IllegalStateException expected) {
                // signing out ends the session: the answer says so
            }
        }
        long without = liveHeapKb(pid);
        histogram(pid, "signed-out");
        System.out.printf("Retained heap per session with the long draft open: %d KB (%d sessions: live heap %d MB with"
                        + " them, %d MB after they signed out; %d nodes in the editor's UI); right after the opening,"
                        + " with Vaadin's copy of its last answer, %d KB%n",
                (withSessions - without) / members.size(), members.size(), withSessions / 1024, without / 1024, nodes,
                (justOpened - without) / members.size());
    }

    /**
     * A member's day, round after round, each action after a pause: writing (the long draft opened, typed into
     * three times, saved), reviewing (the queue, an article with its comparison, approving it), My articles and
     * the media library with a search; every fourth round also the dashboard and the audit trail with a date
     * filter, every tenth its CSV file and signing out and in again. Members arrive over one round's time and
     * start at different rounds, so that the rarer actions are spread.
     */
    private void work(int index, Member member, DeskClient client) {
        try { // members arrive over one round's time, as people do, rather than all in the same second
            Thread.sleep(ThreadLocalRandom.current().nextLong(ACTIONS_PER_ROUND * pauseMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        attempt("sign in", () -> client.signIn("sign in", member.username(), password));
        attempt("(start)", () -> client.open("(start)", "articles"));
        for (int round = index; System.currentTimeMillis() < until; round++) {
            if (round % 10 == 5) { // signing in again now and then: the session ended, or another computer
                step(client, "sign in", () -> {
                    try {
                        client.click("(sign out)", client.button("退出"));
                    } catch (IllegalStateException expected) {
                        // signing out ends the session: the answer says so
                    }
                    client.signIn("sign in", member.username(), password);
                    client.open("(start)", "articles");
                });
            }
            step(client, "editor: open (200 blocks, 30 photos)", () -> client.navigate("editor: open (200 blocks, 30 photos)",
                    "article/" + member.draft()));
            for (int typing = 0; typing < 3; typing++) {
                step(client, "editor: autosave", () -> {
                    List<DeskClient.Node> blocks = client.findAll(node -> "vaadin-text-area".equals(node.tag)
                            && node.listeners.containsKey("input"));
                    DeskClient.Node block = blocks.get(ThreadLocalRandom.current().nextInt(1, blocks.size()));
                    client.type("editor: autosave", block, "第" + System.nanoTime() + "次修改：调研组一行与有关部门座谈交流。");
                });
            }
            step(client, "editor: save", () -> client.click("editor: save", client.button("保存")));
            step(client, "review queue", () -> client.navigate("review queue", "review"));
            Long next = member.toReview().poll();
            if (next != null) {
                step(client, "review: open with comparison", () -> client.navigate("review: open with comparison",
                        "review/article/" + next));
                step(client, "review: approve", () -> client.click("review: approve", client.button("批准并发布")));
            }
            step(client, "my articles", () -> client.navigate("my articles", "articles"));
            step(client, "media library", () -> client.navigate("media library", "media"));
            step(client, "media library: search", () -> client.type("media library: search",
                    client.find(node -> "vaadin-text-field".equals(node.tag)
                            && "按图片说明或替代文字搜索".equals(node.property("placeholder"))).orElseThrow(),
                    "第" + ThreadLocalRandom.current().nextInt(1, 2000) + "张"));
            if (round % 4 == 0) {
                step(client, "dashboard", () -> client.navigate("dashboard", "dashboard"));
                step(client, "audit trail", () -> client.navigate("audit trail", "audit"));
                step(client, "audit trail: date filter", () -> client.type("audit trail: date filter",
                        client.field("vaadin-date-picker", "开始日期"), LocalDate.now().minusDays(7).toString()));
                if (round % 10 == 0) {
                    step(client, "audit trail: CSV", () -> csvBytes.addAndGet(
                            client.download("audit trail: CSV", client.link("导出 CSV"))));
                }
            }
        }
    }

    private void step(DeskClient client, String action, Runnable work) {
        if (System.currentTimeMillis() >= until) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(pauseMillis / 2, pauseMillis * 3 / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        attempt(action, work);
    }

    private void attempt(String action, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (errors.computeIfAbsent(action, key -> new AtomicInteger()).incrementAndGet() == 1) {
                System.err.println(action + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    /**
     * With {@code BENCH_DESK_HISTOGRAM} set to a path, writes the portal's classes by live heap there ({@code jcmd
     * GC.class_histogram}), the file's name ending in {@code when}: the two files side by side say what a session
     * holds.
     */
    private static void histogram(long pid, String when) throws IOException, InterruptedException {
        String path = System.getenv("BENCH_DESK_HISTOGRAM");
        if (path != null && !path.isBlank()) {
            java.nio.file.Files.writeString(Path.of(path + "." + when + ".txt"), jcmd(pid, "GC.class_histogram"));
        }
    }

    /** The portal's live heap in KB after a full collection ({@code jcmd}). */
    private static long liveHeapKb(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd did not report the heap");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
