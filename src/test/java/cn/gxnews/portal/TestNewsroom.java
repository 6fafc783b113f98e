package cn.gxnews.portal;

import cn.gxnews.portal.demo.DemoData;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Puts the database into the state of the demo newsroom before each test. The newsroom is created once,
 * through the real services, and copied aside; later resets copy it back, which takes milliseconds.
 */
@Component
public class TestNewsroom {

    /** The password of every demo account in the tests. */
    public static final String PASSWORD = "portal-demo";

    private static final List<String> TABLES = List.of("staff_user", "article", "article_revision", "workflow_event");

    private final DSLContext db;
    private final DemoData demoData;
    private final TransactionTemplate transaction;

    TestNewsroom(DSLContext db, DemoData demoData, TransactionTemplate transaction) {
        this.db = db;
        this.demoData = demoData;
        this.transaction = transaction;
    }

    public void reset() {
        boolean snapshotExists = db.fetchExists(db.select().from("information_schema.schemata")
                .where("schema_name = 'test_snapshot'"));
        if (!snapshotExists) {
            truncate();
            demoData.load(PASSWORD);
            transaction.executeWithoutResult(status -> {
                db.execute("create schema test_snapshot");
                TABLES.forEach(t -> db.execute("create table test_snapshot." + t + " as table public." + t));
            });
            return;
        }
        transaction.executeWithoutResult(status -> {
            truncate();
            TABLES.forEach(t -> {
                db.execute("insert into public." + t + " overriding system value select * from test_snapshot." + t);
                db.execute("select setval(pg_get_serial_sequence('public." + t + "', 'id'), "
                        + "(select coalesce(max(id), 0) + 1 from public." + t + "), false)");
            });
        });
    }

    private void truncate() {
        db.execute("truncate " + String.join(", ", TABLES) + " restart identity cascade");
    }
}
