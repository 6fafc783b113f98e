package cn.gxnews.portal.security;

import cn.gxnews.portal.security.repository.SignInEventRepository;
import cn.gxnews.portal.security.repository.SignInEventRepository.RecentFailures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits against password guessing, counted from the sign-in log in the database, so that they hold across
 * every portal instance. Only attempts whose password was checked count; a refused attempt does not, so an
 * attacker who keeps trying cannot lengthen a refusal. Nothing here depends on whether the username exists,
 * and no limit is permanent:
 * <ul>
 *   <li>per username: after {@value #FREE_FAILURES} failures in a row a growing wait (30 s, 1, 2, 4, 8, then
 *       15 minutes) before the next attempt, and at most {@value #HOURLY_FAILURES} failures an hour;</li>
 *   <li>per client address: at most {@value #ADDRESS_FAILURES} failures in {@link #ADDRESS_WINDOW}, for any
 *       usernames.</li>
 * </ul>
 * A client address the account signed in from within {@link #KNOWN_ADDRESS_MEMORY} is its usual place: an
 * office whose staff all share one address to the internet, or a member's home. There the per-address limit
 * does not refuse that account, and its per-username limits count only the failures from that address. So a
 * colleague still gets in while someone else in the office guesses at other accounts, and the owner while their
 * account is under attack from elsewhere; an attacker at the usual address itself still meets the per-username
 * limits of every account they try.
 */
@Component
class SignInLimits {

    static final int FREE_FAILURES = 5;
    static final int HOURLY_FAILURES = 100;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(30);
    static final int ADDRESS_FAILURES = 50;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final Duration HOUR = Duration.ofHours(1);

    private final SignInEventRepository events;
    private final Clock clock;

    SignInLimits(SignInEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Whether an attempt for this username from this client address must be refused without checking it. */
    @Transactional(readOnly = true)
    boolean refuses(String username, String clientIp) {
        Instant now = clock.instant();
        boolean usualAddress = events.succeededFrom(username, clientIp, now.minus(KNOWN_ADDRESS_MEMORY));
        RecentFailures failures = events.recentFailures(username, now.minus(HOUR), usualAddress ? clientIp : null,
                clientIp, now.minus(ADDRESS_WINDOW), SignInThrottledException.REASON);
        if (!usualAddress && failures.fromAddress() >= ADDRESS_FAILURES) {
            return true;
        }
        boolean overHourlyLimit = failures.total() >= HOURLY_FAILURES;
        boolean waiting = failures.consecutive() >= FREE_FAILURES && failures.last() != null
                && failures.last().plus(wait(failures.consecutive())).isAfter(now);
        return overHourlyLimit || waiting;
    }

    /** The wait after this many failures in a row (at least {@value #FREE_FAILURES}). */
    static Duration wait(int consecutiveFailures) {
        int doublings = Math.min(consecutiveFailures - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
