package cn.gxnews.portal.publicsite;

import java.time.Instant;

/**
 * The site settings as stored: the version a form must send back (a stale form is refused, not applied over
 * someone else's change), and when they last changed (pages count as modified since then).
 */
public record SavedSiteSettings(SiteSettings settings, int version, Instant updatedAt) {
}
