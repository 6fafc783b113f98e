package cn.gxnews.portal.base;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Every one of the portal's own settings ({@code portal.*}), typed, with its default written here once and
 * checked when the portal starts: a wrong value stops the start with the setting's name rather than failing
 * later in the middle of a request. Each one is described in the README's settings table; the features take
 * the part they need from this one tree instead of reading property strings.
 *
 * @param embeddedDb            the embedded PostgreSQL used when no datasource is configured
 * @param demoData              whether demo staff and articles are created on the embedded database
 * @param productionSafetyCheck refusing to start on a configured database that still has demo accounts
 * @param bootstrapAdmin        the first administrator of an empty database
 * @param scheduler             the publication scheduler
 * @param editLock              the editor's edit locks
 * @param mail                  notification e-mails
 * @param deskUrl               the desk's address as staff reach it, for links in e-mails
 * @param media                 photo upload limits
 * @param publicUrl             the public site's address as readers reach it (canonical links, feeds,
 *                              sitemap), without a trailing slash
 * @param pageCache             the public site's page cache
 * @param session               desk sessions
 * @param trustedProxies        the reverse proxies whose forwarded headers are believed (addresses or ranges)
 * @param recycleBin            the offices' recycle bins
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue EmbeddedDb embeddedDb,
                               @DefaultValue DemoData demoData,
                               @DefaultValue ProductionSafetyCheck productionSafetyCheck,
                               @DefaultValue BootstrapAdmin bootstrapAdmin,
                               @DefaultValue Scheduler scheduler,
                               @DefaultValue EditLock editLock,
                               @DefaultValue Mail mail,
                               @DefaultValue("http://localhost:8080/desk") String deskUrl,
                               @DefaultValue Media media,
                               @DefaultValue("http://localhost:8080") String publicUrl,
                               @DefaultValue PageCache pageCache,
                               @DefaultValue Session session,
                               @DefaultValue List<String> trustedProxies,
                               @DefaultValue RecycleBin recycleBin) {

    public PortalProperties {
        deskUrl = absoluteUrl("portal.desk-url", deskUrl);
        publicUrl = absoluteUrl("portal.public-url", publicUrl);
        trustedProxies = trustedProxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * @param dataDir where the embedded database keeps its files between runs; empty means a fresh
     *                temporary folder that is removed when the portal stops (used by the tests)
     * @param port    the port it listens on, 0 for any free port
     */
    public record EmbeddedDb(@DefaultValue("data/postgres") String dataDir, @DefaultValue("0") int port) {
        public EmbeddedDb {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("portal.embedded-db.port must be 0 to 65535, not " + port);
            }
        }
    }

    /**
     * @param enabled  create the demo accounts and articles on first start (embedded database only)
     * @param password the password of every demo account
     */
    public record DemoData(@DefaultValue("true") boolean enabled, @DefaultValue("portal-demo") String password) {
    }

    /** @param enabled refuse to start on a configured database with demo accounts or the demo password */
    public record ProductionSafetyCheck(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param username the first administrator's username; empty: create none
     * @param password their password (checked against the password policy when it is used)
     */
    public record BootstrapAdmin(@DefaultValue("") String username, @DefaultValue("") String password) {
        public BootstrapAdmin {
            username = username == null ? "" : username.trim();
            password = password == null ? "" : password;
        }
    }

    /**
     * @param enabled   run the publication scheduler in this instance
     * @param interval  how often it looks for due publications and unpublications
     * @param lateAfter a scheduled transition carried out later than this is marked late
     */
    public record Scheduler(@DefaultValue("true") boolean enabled, @DefaultValue("PT15S") Duration interval,
                            @DefaultValue("PT2M") Duration lateAfter) {
        public Scheduler {
            positive("portal.scheduler.interval", interval);
            positive("portal.scheduler.late-after", lateAfter);
        }
    }

    /** @param expiry an edit lock without a heartbeat for this long expires */
    public record EditLock(@DefaultValue("PT60S") Duration expiry) {
        public EditLock {
            positive("portal.edit-lock.expiry", expiry);
        }
    }

    /** @param from the sender address of notification e-mails */
    public record Mail(@DefaultValue("news-portal@localhost") String from) {
        public Mail {
            if (from.isBlank()) {
                throw new IllegalArgumentException("portal.mail.from must not be empty");
            }
        }
    }

    /**
     * @param maxBytes  the largest photo upload accepted, in bytes
     * @param maxPixels the most pixels a photo may have, checked before it is decoded
     */
    public record Media(@DefaultValue("15728640") long maxBytes, @DefaultValue("40000000") long maxPixels) {
        public Media {
            if (maxBytes <= 0 || maxPixels <= 0) {
                throw new IllegalArgumentException("portal.media.max-bytes and portal.media.max-pixels must be "
                        + "positive, not " + maxBytes + " and " + maxPixels);
            }
        }
    }

    /** @param maxBytes memory for cached public pages, search results and their gzip copies */
    public record PageCache(@DefaultValue("67108864") long maxBytes) {
        public PageCache {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("portal.page-cache.max-bytes must be positive, not " + maxBytes);
            }
        }
    }

    /** @param absoluteLifetime a desk session ends this long after sign-in, however active */
    public record Session(@DefaultValue("PT12H") Duration absoluteLifetime) {
        public Session {
            positive("portal.session.absolute-lifetime", absoluteLifetime);
        }
    }

    /**
     * @param keep          how long the recycle bin keeps an article before the scheduler deletes it for good
     * @param purgeInterval how often the scheduler looks for articles kept long enough
     */
    public record RecycleBin(@DefaultValue("P30D") Duration keep, @DefaultValue("PT1H") Duration purgeInterval) {
        public RecycleBin {
            positive("portal.recycle-bin.keep", keep);
            positive("portal.recycle-bin.purge-interval", purgeInterval);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
        }
    }

    /** Links built from it are absolute, so it needs a scheme and host; a trailing slash is dropped once here. */
    private static String absoluteUrl(String name, @Nullable String value) {
        String url = value == null ? "" : value.trim().replaceAll("/+$", "");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) address, not '" + value + "'");
        }
        return url;
    }
}
