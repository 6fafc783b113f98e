package cn.gxnews.portal;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes the portal's database away and brings it back, as a stopped or restarting PostgreSQL would: the server
 * refuses new connections to the portal's database and cuts the open ones. It works through a connection to
 * another database of the same server ({@code template1}).
 */
public final class DatabaseSwitch {

    private final HikariDataSource pool;

    public DatabaseSwitch(DataSource dataSource) {
        try {
            this.pool = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void away() {
        allowConnections(false);
    }

    public void back() {
        allowConnections(true);
    }

    private void allowConnections(boolean allowed) {
        String url = pool.getJdbcUrl();
        String database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        String other = url.replaceFirst("/" + database + "(\\?|$)", "/template1$1");
        try (Connection admin = DriverManager.getConnection(other, pool.getUsername(), pool.getPassword());
             Statement sql = admin.createStatement()) {
            sql.execute("alter database \"" + database + "\" allow_connections " + allowed);
            if (!allowed) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
