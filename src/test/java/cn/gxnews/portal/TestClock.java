package cn.gxnews.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in the tests: the real time, unless a test stops it at an instant of its choosing (to step
 * across a boundary such as the start of a scheduled grey period, exactly). {@link TestNewsroom#reset()} lets it
 * run again before each test.
 */
@Component
@Primary
public class TestClock extends Clock {

    private volatile @Nullable Instant stoppedAt;

    /** From now on the portal's "now" is this instant, until {@link #run()} or the next stop. */
    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    /** The real time again. */
    public void run() {
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped == null ? Instant.now() : stopped;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the portal's clock is UTC");
    }
}
