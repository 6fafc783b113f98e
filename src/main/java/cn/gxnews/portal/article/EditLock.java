package cn.gxnews.portal.article;

import java.time.Duration;
import java.time.Instant;

/** Who is editing an article, since when, and when they were last seen. */
public record EditLock(long holderId, String holderName, Instant since, Instant lastSeen) {

    public boolean isExpired(Instant now, Duration expiry) {
        return lastSeen.plus(expiry).isBefore(now);
    }
}
