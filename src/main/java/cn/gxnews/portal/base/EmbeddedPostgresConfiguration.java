package cn.gxnews.portal.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts an embedded PostgreSQL when no datasource is configured, so that a newcomer needs nothing but a
 * JDK. A configured {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}) switches this off
 * entirely: then the portal uses that server and starts nothing.
 * <p>
 * The library starts PostgreSQL with test settings (fsync and synchronous commit off). A power cut or kernel
 * crash can then corrupt the whole database, so a kept data directory runs crash-safe; only a temporary one,
 * removed at stop anyway, keeps the fast settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedPostgresConfiguration.NO_DATASOURCE_CONFIGURED)
public class EmbeddedPostgresConfiguration {

    /** True when the portal runs on its own embedded database (and may therefore hold demo data). */
    public static final String NO_DATASOURCE_CONFIGURED = "'${spring.datasource.url:}'.isEmpty()";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PortalProperties properties) throws IOException {
        var settings = properties.embeddedDb();
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (!settings.dataDir().isBlank()) {
            Path dataDir = Path.of(settings.dataDir()).toAbsolutePath();
            Files.createDirectories(dataDir);
            // These come after the library's own "-F" (fsync off) on the server's command line and override it.
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // After a crash or a restored backup the server first replays its WAL; give it time.
                    .setPGStartupWait(Duration.ofMinutes(5));
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL is running: {} (data: {})", postgres.getJdbcUrl("postgres", "postgres"),
                settings.dataDir().isBlank() ? "temporary" : settings.dataDir());
        return postgres;
    }

    /** The connection pool, with the {@code spring.datasource.hikari.*} settings a configured database gets too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("postgres")
                .build();
    }
}
