package cn.gxnews.portal.security;

import cn.gxnews.portal.base.Csv;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.security.repository.SignInEventRepository;
import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Records every sign-in attempt with the client's address and whether it succeeded, and shows the log to
 * administrators. A failure is recorded the same way whether or not the username exists.
 */
@Service
public class SignInLog {

    /** How the log names a wrong current password on the change-password form. */
    static final String CURRENT_PASSWORD_WRONG = "CurrentPasswordWrong";
    /** How the log names a right current password on the change-password form (a success). */
    static final String CURRENT_PASSWORD_CONFIRMED = "CurrentPasswordConfirmed";

    private final SignInEventRepository events;
    private final Clock clock;
    private final MeterRegistry meters;

    SignInLog(SignInEventRepository events, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        events.insert(clock.instant(), event.getAuthentication().getName(),
                LimitedAuthenticationProvider.clientIp(event.getAuthentication()), true, null);
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        // whatever was typed as the username, its control characters (which the database may not hold) shown as �
        events.insert(clock.instant(), PlainText.printable(event.getAuthentication().getName(), "\uFFFD"),
                LimitedAuthenticationProvider.clientIp(event.getAuthentication()), false,
                event.getException().getClass().getSimpleName());
        countFailure(event.getException().getClass().getSimpleName());
    }

    /**
     * Records a check of a password outside the login form (a signed-in member confirming theirs), which the
     * limits against password guessing count like a sign-in.
     *
     * @param reason what was checked, and for a failure why it failed
     */
    @Transactional
    void record(String username, String clientIp, boolean success, String reason) {
        events.insert(clock.instant(), username, clientIp, success, reason);
        if (!success) {
            countFailure(reason);
        }
    }

    /**
     * Counts a refused sign-in for the metrics ({@code portal.signin.failures}), by reason: a wrong password,
     * an attempt refused by the limits against password guessing ({@code SignInThrottledException}), a disabled
     * account, a wrong current password on the change-password form.
     */
    private void countFailure(String reason) {
        Counter.builder("portal.signin.failures").description("Refused sign-ins and password checks, by reason")
                .tag("reason", reason).register(meters).increment();
    }

    /** @param success only successes, only failures, or both ({@code null}) */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Stream<SignInEvent> find(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to,
                                    int offset, int limit) {
        return events.findPage(success, from, to, offset, limit);
    }

    /**
     * Writes the sign-ins as CSV, newest first, read through one cursor however long the log has grown: the
     * headers and each sign-in's fields in the reader's language come from the caller.
     *
     * @param success only successes, only failures, or both ({@code null})
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public void exportCsv(@Nullable Boolean success, List<String> headers, Function<SignInEvent, List<String>> fields,
                          Writer out) {
        Csv.export(out, headers, events.stream(success, null, null, Csv.BATCH), fields);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int count(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to) {
        return events.count(success, from, to);
    }
}
