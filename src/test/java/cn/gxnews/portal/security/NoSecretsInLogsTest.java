package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever reads the portal's log (operators, a log service) never learns a password, a session id or a
 * one-time password: not from signing in, a wrong password, a reset, or the first sign-in with the new one.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest extends AbstractIntegrationTest {

    @Autowired
    private StaffAccountService accounts;

    /** What an operator chasing a sign-in problem would turn on: everything the portal and Spring write. */
    private static final List<String> CHATTY = List.of("cn.gxnews.portal", "org.springframework.security",
            "org.springframework.web", "org.apache.catalina.authenticator");

    @BeforeEach
    void everythingIsLogged() {
        CHATTY.forEach(logger -> LoggingSystem.get(getClass().getClassLoader()).setLogLevel(logger, LogLevel.DEBUG));
    }

    @AfterEach
    void quietAgain() {
        CHATTY.forEach(logger -> LoggingSystem.get(getClass().getClassLoader()).setLogLevel(logger, null));
    }

    @Test
    void a_full_sign_in_a_wrong_password_and_a_reset_leave_no_secret_in_the_log(CapturedOutput log) {
        DeskClient browser = new DeskClient(baseUrl(), "203.0.113.40");
        assertThat(DeskClient.admitted(browser.signIn("author.guilin", "portal-demo"))).isTrue();
        assertThat(browser.inDesk()).isTrue();
        String session = browser.sessionId().orElseThrow();
        DeskClient guesser = new DeskClient(baseUrl(), "203.0.113.41");
        guesser.signIn("editor.guilin", "Wrong-Guess-4711");

        StaffMember author = as("admin", () -> accounts.findPage(0, 50)
                .filter(member -> member.username().equals("author.liuzhou")).findFirst().orElseThrow());
        OneTimePassword reset = as("admin", () -> accounts.resetPassword(author.id()));
        DeskClient resetMember = new DeskClient(baseUrl(), "203.0.113.42");
        assertThat(DeskClient.admitted(resetMember.signIn("author.liuzhou", reset.password()))).isTrue();

        assertThat(log.getAll()).doesNotContain("portal-demo", "Wrong-Guess-4711", reset.password(), session);
        assertThat(log.getAll()).contains("/desk/login"); // the sign-ins were logged, at the most detailed level
    }
}
