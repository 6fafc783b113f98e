package cn.gxnews.portal.editorial;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Which part of the audit trail to show.
 *
 * @param officeCode one office, or {@code null} for every office the editor works for
 * @param from       from this moment on (inclusive), or {@code null}
 * @param to         before this moment (exclusive), or {@code null}
 */
public record AuditFilter(@Nullable String officeCode, @Nullable Instant from, @Nullable Instant to) {
}
