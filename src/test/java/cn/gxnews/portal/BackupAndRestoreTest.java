package cn.gxnews.portal;

import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's backup and restore commands ({@code src/deploy/backup.sh}, {@code restore.sh}) on the embedded
 * PostgreSQL, the portal's default: a backup taken while an author keeps uploading photos and writing drafts is
 * restored into an empty data directory, a second portal is started on it, and it has everything that was
 * there when the backup began, nothing that never was, the same photo bytes and the same public pages.
 * (The configured-PostgreSQL form, pg_dump and pg_restore, is run by {@code src/deploy/cluster-check.sh}.)
 */
class BackupAndRestoreTest extends AbstractIntegrationTest {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/news", "/contact", "/offices/nanning",
            "/offices/liuzhou", "/offices/guilin", "/feed.atom", "/sitemap.xml", "/search?q=%E5%8D%97");

    @Autowired
    ArticleService articles;

    @Autowired
    MediaService media;

    @TempDir
    Path work;

    private Process restoredPortal;

    @AfterEach
    void stopRestoredPortal() throws InterruptedException {
        if (restoredPortal != null) {
            restoredPortal.destroy();
            if (!restoredPortal.waitFor(60, TimeUnit.SECONDS)) {
                restoredPortal.destroyForcibly();
            }
        }
    }

    @Test
    void a_backup_taken_while_authors_write_restores_everything_it_began_with_into_an_empty_database()
            throws Exception {
        requirePsql();
        Path dataDir = Path.of(db.fetchSingle("show data_directory").get(0, String.class));
        Map<String, String> pagesBefore = new LinkedHashMap<>();
        for (String page : pagesToCompare()) {
            pagesBefore.put(page, get(baseUrl(), page));
        }

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread author = Thread.ofPlatform().name("author-writing-during-backup").start(() -> {
            while (writing.get()) {
                int n = written.get() + 1;
                as("author.nanning", () -> {
                    MediaItem photo = media.upload(TestPhotos.jpeg(640, 480, new Color(n * 7919 & 0xFFFFFF)));
                    return articles.createDraft(new ArticleDraft("备份期间的稿件 " + n, "摘要 " + n,
                            List.of(new Block.Paragraph("正文 " + n), new Block.Photo(photo.sha256(), "图 " + n, "", "图 " + n))));
                });
                written.incrementAndGet();
            }
        });
        try {
            while (written.get() < 2) {
                Thread.sleep(50);
            }
            Map<String, Set<String>> before;
            Set<String> photosBefore;
            try (Connection source = source()) {
                before = rows(source);
                photosBefore = photoHashes(source);
            }
            int writtenBefore = written.get();
            Path backup = work.resolve("portal-backup.tar.gz");
            run("src/deploy/backup.sh", "--data-dir", dataDir.toString(), backup.toString());
            int writtenDuring = written.get() - writtenBefore;
            writing.set(false);
            author.join();
            Map<String, Set<String>> after;
            Set<String> photosAfter;
            List<String> accountsAfter;
            try (Connection source = source()) {
                after = rows(source);
                photosAfter = photoHashes(source);
                accountsAfter = accounts(source);
            }
            assertThat(writtenDuring).as("drafts written while the backup ran").isPositive();

            Path restoredDir = work.resolve("restored");
            Files.createDirectories(restoredDir);
            Files.writeString(restoredDir.resolve("left-over"), "");
            assertThat(runExpectingFailure("src/deploy/restore.sh", "--data-dir", restoredDir.toString(),
                    backup.toString())).contains("is not empty");
            Files.delete(restoredDir.resolve("left-over"));
            run("src/deploy/restore.sh", "--data-dir", restoredDir.toString(), backup.toString());

            int dbPort = freePort();
            int webPort = freePort();
            restoredPortal = startPortal(restoredDir, dbPort, webPort);
            String restoredUrl = "http://localhost:" + webPort;
            try (Connection restored = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
                Map<String, Set<String>> restoredRows = rows(restored);
                assertThat(restoredRows.keySet()).isEqualTo(before.keySet());
                for (String table : before.keySet()) {
                    assertThat(restoredRows.get(table)).as("rows of %s when the backup began", table)
                            .containsAll(before.get(table));
                    assertThat(after.get(table)).as("rows of %s that ever existed", table)
                            .containsAll(restoredRows.get(table));
                }
                assertThat(photoHashes(restored)).as("every photo's bytes, by SHA-256")
                        .containsAll(photosBefore).isSubsetOf(photosAfter);
                assertThat(accounts(restored)).isEqualTo(accountsAfter);
            }
            for (var page : pagesBefore.entrySet()) {
                assertThat(get(restoredUrl, page.getKey())).as("public page %s", page.getKey())
                        .isEqualTo(page.getValue());
            }
        } finally {
            writing.set(false);
            author.join();
        }
    }

    /** The backup talks to PostgreSQL through psql; without it the test is skipped, except in CI. */
    private static void requirePsql() throws Exception {
        boolean available = exec("-c", "source src/deploy/postgres-tools.sh && pg_tool psql").exitCode() == 0;
        if (!available && "true".equals(System.getenv("CI"))) {
            fail("CI must run the backup test: install Debian's postgresql-client (see .ci/run)");
        }
        assumeTrue(available, "backup test skipped: install PostgreSQL's client tools (Debian: postgresql-client)");
    }

    private List<String> pagesToCompare() {
        List<String> pages = new ArrayList<>(PUBLIC_PAGES);
        db.fetch("select id from article where live order by id").forEach(r -> pages.add("/news/" + r.get(0)));
        return pages;
    }

    private Connection source() throws SQLException {
        return db.configuration().connectionProvider().acquire();
    }

    /** Every row of every table of the portal, as text, by table. */
    private static Map<String, Set<String>> rows(Connection connection) throws SQLException {
        Map<String, Set<String>> rows = new TreeMap<>();
        try (var statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var result = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                Set<String> content = new HashSet<>();
                try (var result = statement.executeQuery("select md5(t::text) from public." + table + " t")) {
                    while (result.next()) {
                        content.add(result.getString(1));
                    }
                }
                rows.put(table, content);
            }
        }
        return rows;
    }

    /** Each stored photo file (original and variants) as its key, width and the SHA-256 of its bytes. */
    private static Set<String> photoHashes(Connection connection) throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(
                "select sha256 || ' ' || width || ' ' || encode(sha256(bytes), 'hex') from media_file")) {
            while (result.next()) {
                hashes.add(result.getString(1));
            }
        }
        return hashes;
    }

    private static List<String> accounts(Connection connection) throws SQLException {
        List<String> accounts = new ArrayList<>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(
                "select username || ' ' || password_hash || ' ' || enabled || ' ' || array_to_string(roles, ',') "
                        + "from staff_user order by username")) {
            while (result.next()) {
                accounts.add(result.getString(1));
            }
        }
        return accounts;
    }

    /** The portal as an operator starts it after a restore: its own JVM, on the restored data directory. */
    private Process startPortal(Path dataDir, int dbPort, int webPort) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = work.resolve("restored-portal.log");
        Process portal = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, "cn.gxnews.portal.Application",
                "--server.port=" + webPort, "--management.server.port=0", "--portal.embedded-db.data-dir=" + dataDir,
                "--portal.embedded-db.port=" + dbPort, "--portal.scheduler.enabled=false",
                "--portal.demo-data.enabled=false", "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(portal.isAlive()).as("the restored portal runs; its log:%n%s", read(log)).isTrue();
            try {
                if (status("http://localhost:" + webPort, "/") == 200) {
                    return portal;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The restored portal did not answer within 3 minutes; its log:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void run(String... command) throws Exception {
        var result = exec(command);
        assertThat(result.exitCode()).as("%s failed:%n%s", String.join(" ", command), result.output()).isZero();
    }

    private static String runExpectingFailure(String... command) throws Exception {
        var result = exec(command);
        assertThat(result.exitCode()).as("%s should have refused", String.join(" ", command)).isNotZero();
        return result.output();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result exec(String... command) throws Exception {
        List<String> bash = new ArrayList<>(List.of("bash"));
        bash.addAll(List.of(command));
        Process process = new ProcessBuilder(bash).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String get(String base, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET %s%s", base, path).isEqualTo(200);
        return answer.body();
    }

    private static int status(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
