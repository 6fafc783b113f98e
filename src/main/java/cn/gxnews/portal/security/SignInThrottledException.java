package cn.gxnews.portal.security;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by {@link SignInLimits} before its password was checked. It is a kind of
 * {@link LockedException} so that Spring Security reports it like other failures (and the sign-in log records
 * it), but the lock is temporary and says nothing about whether the username exists.
 */
public class SignInThrottledException extends LockedException {

    /** How the sign-in log names these refusals; the limits do not count them. */
    static final String REASON = SignInThrottledException.class.getSimpleName();

    public SignInThrottledException() {
        super("too many failed sign-ins; try again later");
    }
}
