package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits against password guessing, through the real login form. An "attack" that would take an hour is
 * written into the sign-in log directly; time passing is the log's entries moving into the past.
 */
class SignInLimitsTest extends AbstractIntegrationTest {

    private static final String PASSWORD = "portal-demo";
    private static final String VICTIM = "author.nanning";

    @Test
    void after_five_failures_in_a_row_the_sixth_attempt_must_wait_even_with_the_right_password() {
        DeskClient attacker = new DeskClient(baseUrl(), "203.0.113.1");
        for (int i = 0; i < 5; i++) {
            assertThat(DeskClient.admitted(attacker.signIn(VICTIM, "guess-" + i))).isFalse();
        }

        HttpResponse<String> sixth = attacker.signIn(VICTIM, PASSWORD);

        assertThat(DeskClient.admitted(sixth)).isFalse();
        assertThat(sixth.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk/login?error"));
        assertThat(reasons()).containsExactly("BadCredentialsException", "BadCredentialsException",
                "BadCredentialsException", "BadCredentialsException", "BadCredentialsException",
                SignInThrottledException.REASON);
    }

    @Test
    void the_wait_ends_and_refused_attempts_do_not_lengthen_it() {
        DeskClient attacker = new DeskClient(baseUrl(), "203.0.113.2");
        for (int i = 0; i < 5; i++) {
            attacker.signIn(VICTIM, "guess-" + i);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(DeskClient.admitted(attacker.signIn(VICTIM, PASSWORD))).isFalse();
        }

        timePasses(Duration.ofSeconds(31));

        assertThat(DeskClient.admitted(attacker.signIn(VICTIM, PASSWORD))).isTrue();
    }

    @Test
    void the_wait_grows_with_every_further_failure_up_to_fifteen_minutes() {
        assertThat(SignInLimits.wait(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInLimits.wait(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInLimits.wait(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInLimits.wait(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInLimits.wait(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInLimits.wait(99)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_answers_do_not_reveal_whether_the_username_exists() {
        List<String> existing = answers(new DeskClient(baseUrl(), "203.0.113.3"), VICTIM);
        List<String> unknown = answers(new DeskClient(baseUrl(), "203.0.113.4"), "no.such.person");

        assertThat(unknown).isEqualTo(existing);
        assertThat(db.fetchCount(db.selectFrom("sign_in_event").where("reason = ?", SignInThrottledException.REASON)))
                .isEqualTo(2);
    }

    @Test
    void the_101st_failure_within_the_hour_is_refused_and_the_owner_gets_in_once_the_attack_ends() {
        attackLoggedInTheLastHour(VICTIM, 100, Duration.ofMinutes(20));
        DeskClient owner = new DeskClient(baseUrl(), "198.51.100.50");

        assertThat(DeskClient.admitted(owner.signIn(VICTIM, PASSWORD))).isFalse();

        timePasses(Duration.ofHours(1));

        assertThat(DeskClient.admitted(owner.signIn(VICTIM, PASSWORD))).isTrue();
    }

    @Test
    void ninety_nine_failures_spread_over_the_hour_do_not_shut_the_account() {
        attackLoggedInTheLastHour(VICTIM, 99, Duration.ofMinutes(20));

        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), "198.51.100.51").signIn(VICTIM, PASSWORD))).isTrue();
    }

    @Test
    void while_the_account_is_under_attack_its_owner_still_gets_in_from_their_usual_address() {
        db.execute("insert into sign_in_event (occurred_at, username, client_ip, success) "
                + "values (now() - interval '3 days', ?, '198.51.100.60', true)", VICTIM);
        attackLoggedInTheLastHour(VICTIM, 100, Duration.ofSeconds(1));

        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), "198.51.100.61").signIn(VICTIM, PASSWORD))).isFalse();
        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), "198.51.100.60").signIn(VICTIM, PASSWORD))).isTrue();
    }

    @Test
    void one_address_guessing_at_many_accounts_is_refused_but_other_addresses_are_not() {
        for (int i = 0; i < 50; i++) {
            db.execute("insert into sign_in_event (occurred_at, username, client_ip, success, reason) "
                    + "values (now() - ? * interval '10 seconds', ?, '203.0.113.70', false, 'BadCredentialsException')",
                    i, "user" + i);
        }

        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), "203.0.113.70").signIn("editor.guilin", PASSWORD)))
                .isFalse();
        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), "203.0.113.71").signIn("editor.guilin", PASSWORD)))
                .isTrue();
    }

    @Test
    void behind_an_office_address_over_its_limit_a_colleague_who_signed_in_from_there_still_gets_in() {
        String office = "203.0.113.80";
        for (int i = 0; i < 50; i++) {
            db.execute("insert into sign_in_event (occurred_at, username, client_ip, success, reason) "
                    + "values (now() - ? * interval '10 seconds', ?, ?, false, 'BadCredentialsException')",
                    i, "user" + i, office);
        }
        db.execute("insert into sign_in_event (occurred_at, username, client_ip, success) "
                + "values (now() - interval '3 days', 'editor.nanning', ?, true)", office);

        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), office).signIn("editor.nanning", PASSWORD)))
                .isTrue();
        assertThat(DeskClient.admitted(new DeskClient(baseUrl(), office).signIn("editor.guilin", PASSWORD)))
                .as("an account never seen at that address").isFalse();
    }

    @Test
    void at_its_usual_address_an_account_still_waits_after_five_wrong_passwords_in_a_row() {
        String office = "203.0.113.81";
        db.execute("insert into sign_in_event (occurred_at, username, client_ip, success) "
                + "values (now() - interval '3 days', ?, ?, true)", VICTIM, office);
        DeskClient colleague = new DeskClient(baseUrl(), office);
        for (int i = 0; i < 5; i++) {
            assertThat(DeskClient.admitted(colleague.signIn(VICTIM, "guess-" + i))).isFalse();
        }

        assertThat(DeskClient.admitted(colleague.signIn(VICTIM, PASSWORD))).isFalse();
        assertThat(reasons()).endsWith(SignInThrottledException.REASON);
    }

    /** Where the login form sends a client after five wrong passwords and then a sixth attempt. */
    private List<String> answers(DeskClient client, String username) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer = client.signIn(username, "guess-" + i);
            answers.add(answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("")
                    + " " + answer.body());
        }
        return answers;
    }

    /** {@code failures} wrong passwords from as many addresses, evenly spread, the last one {@code lastAgo} ago. */
    private void attackLoggedInTheLastHour(String username, int failures, Duration lastAgo) {
        long spreadSeconds = Duration.ofMinutes(59).minus(lastAgo).toSeconds();
        for (int i = 0; i < failures; i++) {
            long ago = lastAgo.toSeconds() + spreadSeconds * i / failures;
            db.execute("insert into sign_in_event (occurred_at, username, client_ip, success, reason) "
                    + "values (now() - ? * interval '1 second', ?, ?, false, 'BadCredentialsException')",
                    ago, username, "192.0.2." + (i % 250));
        }
    }

    private void timePasses(Duration duration) {
        db.execute("update sign_in_event set occurred_at = occurred_at - ? * interval '1 second'", duration.toSeconds());
    }

    private List<String> reasons() {
        return db.fetch("select coalesce(reason, 'success') from sign_in_event order by id").getValues(0, String.class);
    }
}
