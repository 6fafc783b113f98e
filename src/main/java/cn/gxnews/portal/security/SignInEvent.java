package cn.gxnews.portal.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One sign-in attempt.
 *
 * @param reason why it failed (the kind of failure, never the password), {@code null} when it succeeded
 */
public record SignInEvent(long id, Instant occurredAt, String username, String clientIp, boolean success,
                          @Nullable String reason) {
}
