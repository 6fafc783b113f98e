package cn.gxnews.portal;

import cn.gxnews.portal.demo.DemoData;
import cn.gxnews.portal.editorial.DashboardCharts;
import cn.gxnews.portal.publicsite.PageCache;
import cn.gxnews.portal.publicsite.SiteSettingsService;
import cn.gxnews.portal.readership.ReadershipCounter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Puts the database into the state of the demo newsroom before each test. The newsroom is created once per
 * test context, through the real services, and copied aside; later resets copy it back in milliseconds. On the
 * tests' embedded database the portal itself created it at start, as at every demo start; on a configured
 * (throw-away) database, which may hold an earlier run's data, it is emptied and the newsroom created here.
 */
@Component
public class TestNewsroom {

    /** The password of every demo account in the tests. */
    public static final String PASSWORD = "portal-demo";

    /**
     * Every table with data that tests change, in an order that satisfies the foreign keys; the first
     * {@link #KEPT} come from the migrations and stay when the newsroom is emptied.
     */
    private static final List<String> TABLES = List.of("office", "section", "standard_wording", "staff_user", "media_blob", "media_file", "media",
            "article", "article_revision", "workflow_event", "article_comment", "notification", "edit_lock",
            "draft_autosave", "sensitive_word", "article_search", "search_index_incomplete", "sign_in_event", "administrative_change",
            "site_settings");
    private static final int KEPT = 3;
    private static final List<String> WITH_IDENTITY = List.of("section", "staff_user", "article", "article_revision",
            "workflow_event", "article_comment", "notification", "media", "sign_in_event", "administrative_change");

    private final DSLContext db;
    private final DemoData demoData;
    private final TransactionTemplate transaction;
    private final PageCache pageCache;
    private final ApplicationContext context;
    private final SiteSettingsService siteSettings;
    private final TestClock clock;
    private final ReadershipCounter readership;
    private final DashboardCharts charts;
    private boolean snapshotTaken;

    TestNewsroom(DSLContext db, DemoData demoData, TransactionTemplate transaction, PageCache pageCache,
                 ApplicationContext context, SiteSettingsService siteSettings, TestClock clock,
                 ReadershipCounter readership, DashboardCharts charts) {
        this.readership = readership;
        this.charts = charts;
        this.db = db;
        this.clock = clock;
        this.siteSettings = siteSettings;
        this.context = context;
        this.demoData = demoData;
        this.transaction = transaction;
        this.pageCache = pageCache;
    }

    public synchronized void reset() {
        clock.run();
        // views a test's browser counted go to the old newsroom, not into the next test's figures
        readership.flush();
        pageCache.invalidateAll();
        charts.forget();
        if (!snapshotTaken) {
            // A snapshot left by an earlier run (on a configured database) may predate today's schema.
            db.execute("drop schema if exists test_snapshot cascade");
            if (!context.containsBean("demoDataRunner")) {
                emptyAllButOffices();
                demoData.load(PASSWORD);
            }
            transaction.executeWithoutResult(status -> {
                db.execute("create schema test_snapshot");
                TABLES.forEach(t -> db.execute("create table test_snapshot." + t + " as table public." + t));
            });
            snapshotTaken = true;
            return;
        }
        transaction.executeWithoutResult(status -> {
            truncate();
            TABLES.forEach(t -> db.execute(
                    "insert into public." + t + (WITH_IDENTITY.contains(t) ? " overriding system value" : "")
                            + " select * from test_snapshot." + t));
            WITH_IDENTITY.forEach(t -> db.execute("select setval(pg_get_serial_sequence('public." + t + "', 'id'), "
                    + "(select coalesce(max(id), 0) + 1 from public." + t + "), false)"));
        });
        siteSettings.reload();
        pageCache.invalidateAll();
        charts.forget();
    }

    /**
     * Empties every table except the offices, sections and standard wording (which come from the migrations), as before the demo newsroom is
     * created; the next {@link #reset()} brings the newsroom back.
     */
    public void emptyAllButOffices() {
        pageCache.invalidateAll();
        charts.forget();
        db.execute("truncate " + String.join(", ", newsroomTables()) + " restart identity cascade");
        // the migrations bring 行业新闻; the demo newsroom adds the other sections
        db.execute("delete from section where slug <> 'industry'");
    }

    /** The tables the demo newsroom fills: not the offices, the sections nor the site settings, which the migrations make. */
    private static List<String> newsroomTables() {
        return TABLES.subList(KEPT, TABLES.size()).stream().filter(t -> !t.equals("site_settings")).toList();
    }

    /** How many rows each table of the newsroom has (the offices, sections and standard wording aside). */
    public java.util.Map<String, Integer> rowCounts() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        newsroomTables().forEach(t -> counts.put(t, db.fetchCount(DSL.table(DSL.name(t)))));
        return counts;
    }

    private void truncate() {
        db.execute("truncate " + String.join(", ", TABLES) + " restart identity cascade");
    }
}
