package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which address the sign-in log and the limits against password guessing take for a client, over real HTTP.
 * The tests' settings name this machine's {@code 127.0.0.1} (and {@code ::1}) as the only trusted proxy, so a
 * client connecting from {@code 127.0.0.2} is any other machine on the network. {@link TrustedProxiesTest}
 * covers the rules one by one, including the default of trusting no proxy at all.
 */
class ClientAddressTest extends AbstractIntegrationTest {

    private static final String PASSWORD = "portal-demo";
    private static final String VICTIM = "author.nanning";

    @Test
    void an_address_forwarded_by_a_machine_that_is_not_a_trusted_proxy_is_ignored() {
        DeskClient client = DeskClient.connectingFrom(port, "127.0.0.2", "203.0.113.5");

        assertThat(DeskClient.admitted(client.signIn(VICTIM, PASSWORD))).isTrue();

        assertThat(loggedAddresses()).containsExactly("127.0.0.2");
    }

    @Test
    void behind_an_appending_proxy_the_address_the_proxy_saw_is_recorded_not_the_one_the_client_claimed() {
        DeskClient client = DeskClient.connectingFrom(port, "127.0.0.1", "6.6.6.6, 192.168.1.50");

        client.signIn(VICTIM, "guess");

        assertThat(loggedAddresses()).containsExactly("192.168.1.50");
    }

    @Test
    void a_forwarded_value_that_is_not_an_address_is_never_stored() {
        DeskClient.connectingFrom(port, "127.0.0.1", "not-an-ip<script>").signIn(VICTIM, "guess");
        DeskClient.connectingFrom(port, "127.0.0.2", "not-an-ip<script>").signIn(VICTIM, "guess");

        assertThat(loggedAddresses()).containsExactly("127.0.0.1", "127.0.0.2");
    }

    @Test
    void a_client_rotating_its_forwarded_address_is_still_throttled_and_cannot_claim_the_owners_usual_address() {
        db.execute("insert into sign_in_event (occurred_at, username, client_ip, success) "
                + "values (now() - interval '3 days', ?, '198.51.100.60', true)", VICTIM);
        DeskClient attacker = DeskClient.connectingFrom(port, "127.0.0.2", null);
        for (int i = 0; i < 5; i++) {
            attacker.forwardFor("198.51.100." + (100 + i));
            assertThat(DeskClient.admitted(attacker.signIn(VICTIM, "guess-" + i))).isFalse();
        }

        attacker.forwardFor("198.51.100.60");

        assertThat(DeskClient.admitted(attacker.signIn(VICTIM, PASSWORD))).isFalse();
        assertThat(db.fetchValue("select reason from sign_in_event order by id desc limit 1"))
                .isEqualTo(SignInThrottledException.REASON);
    }

    @Test
    void many_accounts_guessed_at_from_one_machine_with_a_new_forwarded_address_each_time_are_refused() {
        for (int i = 0; i < 50; i++) {
            db.execute("insert into sign_in_event (occurred_at, username, client_ip, success, reason) "
                    + "values (now() - ? * interval '10 seconds', ?, '127.0.0.2', false, 'BadCredentialsException')",
                    i, "user" + i);
        }
        DeskClient attacker = DeskClient.connectingFrom(port, "127.0.0.2", "203.0.113.99");

        assertThat(DeskClient.admitted(attacker.signIn("editor.guilin", PASSWORD))).isFalse();
    }

    @Test
    void https_forwarded_by_a_machine_that_is_not_a_trusted_proxy_is_not_believed() {
        DeskClient client = DeskClient.connectingFrom(port, "127.0.0.2", null);

        assertThat(client.getOverHttps("/desk/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_trusted_proxy_that_ended_https_the_desk_never_redirects_to_plain_http() {
        DeskClient client = new DeskClient(baseUrl(), "203.0.113.8");

        HttpResponse<String> toSignIn = client.getOverHttps("/desk/articles");
        HttpResponse<String> failedSignIn = client.signInOverHttps(VICTIM, "guess");

        for (HttpResponse<String> redirect : List.of(toSignIn, failedSignIn)) {
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .contains("/desk/login").doesNotStartWith("http:"));
        }
    }

    private List<String> loggedAddresses() {
        return db.fetch("select client_ip from sign_in_event order by id").getValues(0, String.class);
    }
}
