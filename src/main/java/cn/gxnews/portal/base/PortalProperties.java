package cn.gxnews.portal.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings ({@code portal.*}); each one is described in the README.
 *
 * @param embeddedDb the embedded PostgreSQL used when no datasource is configured
 * @param demoData   whether demo staff and articles are created on the embedded database
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue EmbeddedDb embeddedDb, @DefaultValue DemoData demoData) {

    /**
     * @param dataDir where the embedded database keeps its files between runs; empty means a fresh
     *                temporary folder that is removed when the portal stops (used by the tests)
     * @param port    the port it listens on, 0 for any free port
     */
    public record EmbeddedDb(@DefaultValue("data/postgres") String dataDir, @DefaultValue("0") int port) {
    }

    /**
     * @param enabled  create the demo accounts and articles on first start (embedded database only)
     * @param password the password of every demo account
     */
    public record DemoData(@DefaultValue("true") boolean enabled, @DefaultValue("portal-demo") String password) {
    }
}
