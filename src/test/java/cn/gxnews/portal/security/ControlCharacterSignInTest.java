package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A username no account can have, with a character the database cannot even hold, is just a failed sign-in. */
class ControlCharacterSignInTest extends AbstractIntegrationTest {

    @Test
    void a_username_with_a_nul_is_refused_like_a_wrong_password_and_recorded_without_it() {
        DeskClient client = new DeskClient(baseUrl(), "203.0.113.77");

        // (the sign-in form trims the username, and control characters with it: one in the middle stays)
        HttpResponse<String> answer = client.signIn("ad\u0000min", "portal-demo");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(DeskClient.admitted(answer)).isFalse();
        Record logged = db.fetchSingle("select username, staff_user_id, success, reason from sign_in_event "
                + "where client_ip = ?", "203.0.113.77");
        assertThat(logged.get("username", String.class)).isEqualTo("ad\uFFFDmin");
        assertThat(logged.get("staff_user_id")).isNull();
        assertThat(logged.get("success", Boolean.class)).isFalse();
        assertThat(logged.get("reason", String.class)).isEqualTo("BadCredentialsException");
    }
}
