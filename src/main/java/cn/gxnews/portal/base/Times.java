package cn.gxnews.portal.base;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between the database's {@code timestamptz} values and the domain's instants. */
public final class Times {

    private Times() {
    }

    public static @Nullable Instant toInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public static @Nullable OffsetDateTime toOffset(@Nullable Instant time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC);
    }
}
