package cn.gxnews.portal.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL asked for its settings while it runs: a data directory that is kept must survive a
 * power cut, while a throw-away one (the tests') may trade that for speed.
 */
class EmbeddedPostgresDurabilityTest {

    private static final String[] DURABILITY_SETTINGS = {"fsync", "synchronous_commit", "full_page_writes"};

    @Test
    void a_kept_data_directory_runs_with_fsync_synchronous_commit_and_full_page_writes_on(@TempDir Path dir)
            throws Exception {
        var properties = settingsWithDataDir(dir.resolve("postgres").toString());
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(properties)) {
            assertThat(settings(postgres)).containsExactly(
                    Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"), Map.entry("full_page_writes", "on"));
        }
    }

    @Test
    void a_throw_away_test_database_keeps_the_fast_settings() throws Exception {
        var properties = settingsWithDataDir("");
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(properties)) {
            assertThat(settings(postgres)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
        }
    }

    /** The portal's settings as the application binds them, defaults included, with this data directory. */
    private static PortalProperties settingsWithDataDir(String dataDir) {
        return new Binder(new MapConfigurationPropertySource(Map.of("portal.embedded-db.data-dir", dataDir)))
                .bindOrCreate("portal", PortalProperties.class);
    }

    private static Map<String, String> settings(EmbeddedPostgres postgres) throws SQLException {
        var settings = new LinkedHashMap<String, String>();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            for (String name : DURABILITY_SETTINGS) {
                try (var result = statement.executeQuery("show " + name)) {
                    result.next();
                    settings.put(name, result.getString(1));
                }
            }
        }
        return settings;
    }
}
