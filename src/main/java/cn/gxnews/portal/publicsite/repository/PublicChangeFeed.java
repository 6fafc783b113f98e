package cn.gxnews.portal.publicsite.repository;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells every portal instance that published content changed, through PostgreSQL's NOTIFY/LISTEN: one
 * instance announces, all instances (itself included) hear it within a moment and drop their cached pages.
 * Listening uses one dedicated connection; if it breaks, the listener reconnects and, to be safe, reports a
 * change (a reconnect may have missed one).
 */
@Component
public class PublicChangeFeed implements SmartLifecycle {

    static final String CHANNEL = "portal_public_changed";
    private static final Logger log = LoggerFactory.getLogger(PublicChangeFeed.class);
    private static final int WAIT_MS = 1000;

    private final DataSource dataSource;
    private final List<Runnable> listeners = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;

    PublicChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the action (in the listener's thread) whenever any instance announces a change. */
    public synchronized void onChange(Runnable action) {
        listeners.add(action);
    }

    /** Announces a change to every instance. */
    public void announce() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("notify " + CHANNEL);
        } catch (SQLException e) {
            log.warn("Could not announce a change of published content: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("public-change-feed").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                changed();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MS);
                    if (notifications != null && notifications.length > 0) {
                        changed();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the published-content listener ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private synchronized void changed() {
        listeners.forEach(Runnable::run);
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
