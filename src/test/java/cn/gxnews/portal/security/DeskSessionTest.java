package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's session and its protection, seen over HTTP as a browser sees it. */
class DeskSessionTest extends AbstractIntegrationTest {

    private static final String PASSWORD = "portal-demo";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private StaffAccountService accounts;

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.10");
        browser.csrfToken();
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signIn = browser.signIn("author.nanning", PASSWORD);

        assertThat(DeskClient.admitted(signIn)).isTrue();
        assertThat(browser.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
        assertThat(browser.inDesk()).isTrue();
    }

    @Test
    void the_session_id_from_before_sign_in_is_worthless_afterwards() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.11");
        browser.csrfToken();
        String planted = browser.sessionId().orElseThrow();
        browser.signIn("author.nanning", PASSWORD);

        DeskClient attacker = new DeskClient(baseUrl(), "198.51.100.12");
        attacker.useSession(planted);

        assertThat(attacker.inDesk()).isFalse();
    }

    @Test
    void signing_in_without_the_csrf_token_is_refused_even_with_the_right_password() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.13");
        browser.csrfToken();

        HttpResponse<String> forged = browser.post("/desk/login",
                Map.of("username", "author.nanning", "password", PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.inDesk()).isFalse();
        assertThat(db.fetchCount(db.selectFrom("sign_in_event"))).isZero();
    }

    @Test
    void an_unknown_desk_address_answers_not_found_to_a_signed_in_member() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.15");
        browser.signIn("editor.nanning", PASSWORD);

        HttpResponse<String> unknown = browser.get("/desk/no-such-page");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(browser.get("/desk/review").statusCode()).isEqualTo(200);
        assertThat(browser.inDesk()).isTrue();
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.14");
        browser.signIn("editor.nanning", PASSWORD);
        String session = browser.sessionId().orElseThrow();

        HttpResponse<String> signOut = browser.post("/desk/logout", Map.of("_csrf", browser.csrfToken()));

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(browser.inDesk()).isFalse();
        DeskClient replay = new DeskClient(baseUrl(), "198.51.100.14");
        replay.useSession(session);
        assertThat(replay.inDesk()).isFalse();
    }

    @Test
    void signing_out_without_the_csrf_token_is_refused_and_the_session_goes_on() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.15");
        browser.signIn("editor.nanning", PASSWORD);

        HttpResponse<String> forged = browser.post("/desk/logout", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.inDesk()).isTrue();
    }

    @Test
    void a_cross_site_sign_out_or_sign_in_is_refused_without_handing_out_a_session_cookie() {
        DeskClient victim = new DeskClient(baseUrl(), "198.51.100.19");
        victim.signIn("editor.nanning", PASSWORD);
        // another site's form: the browser sends no SameSite=Lax cookie with it, and no CSRF token
        DeskClient forgedForm = new DeskClient(baseUrl(), "198.51.100.19");

        HttpResponse<String> signOut = forgedForm.post("/desk/logout", Map.of());
        HttpResponse<String> signIn = forgedForm.post("/desk/login",
                Map.of("username", "author.nanning", "password", PASSWORD));

        for (HttpResponse<String> refusal : List.of(signOut, signIn)) {
            assertThat(refusal.statusCode()).isEqualTo(403);
            assertThat(refusal.headers().allValues("Set-Cookie")).as("a cookie that would replace the victim's")
                    .isEmpty();
        }
        assertThat(victim.inDesk()).isTrue();
    }

    @Test
    void an_administrators_password_reset_ends_every_session_of_that_member() {
        DeskClient office = new DeskClient(baseUrl(), "198.51.100.20");
        DeskClient home = new DeskClient(baseUrl(), "198.51.100.21");
        office.signIn("editor.nanning", PASSWORD);
        home.signIn("editor.nanning", PASSWORD);
        StaffMember editor = member("editor.nanning");

        as("admin", () -> accounts.resetPassword(editor.id()));

        assertThat(office.inDesk()).isFalse();
        assertThat(home.inDesk()).isFalse();
    }

    @Test
    void a_member_disabled_and_enabled_again_before_their_next_request_is_still_signed_out() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.22");
        browser.signIn("editor.nanning", PASSWORD);
        StaffMember editor = member("editor.nanning");

        setEnabled(editor, false);
        setEnabled(editor, true);

        assertThat(browser.inDesk()).isFalse();
        assertThat(DeskClient.admitted(browser.signIn("editor.nanning", PASSWORD))).isTrue();
    }

    @Test
    void a_post_from_another_site_to_any_desk_address_is_refused_before_a_session_is_opened_for_it() {
        DeskClient victim = new DeskClient(baseUrl(), "198.51.100.23");
        victim.signIn("editor.nanning", PASSWORD);
        DeskClient anotherSite = new DeskClient(baseUrl(), "198.51.100.23");

        for (String path : List.of("/desk/?v-r=init", "/desk/?v-r=webcomponent-resync", "/desk/logout", "/desk/")) {
            for (boolean fetchMetadata : List.of(true, false)) {
                HttpResponse<String> refusal = anotherSite.postFromAnotherSite(path, Map.of(), fetchMetadata);

                assertThat(refusal.statusCode()).as(path).isEqualTo(403);
                assertThat(refusal.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }
        assertThat(victim.inDesk()).isTrue();
    }

    @Test
    void a_forged_post_to_the_public_site_does_not_sign_staff_out() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.16");
        browser.signIn("editor.nanning", PASSWORD);

        browser.post("/logout", Map.of());

        assertThat(browser.inDesk()).isTrue();
    }

    @Test
    void a_member_whose_account_is_disabled_is_signed_out_at_their_next_request() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.18");
        browser.signIn("editor.nanning", PASSWORD);
        assertThat(browser.inDesk()).isTrue();
        StaffMember editor = as("admin", () -> accounts.findPage(0, 50)
                .filter(m -> m.username().equals("editor.nanning")).findFirst().orElseThrow());

        as("admin", () -> accounts.update(editor.id(), accounts.version(editor.id()), editor.displayName(),
                editor.email(), editor.officeCode(), editor.roles(), false));

        assertThat(browser.inDesk()).isFalse();
    }

    @Test
    void sessions_end_after_thirty_minutes_without_a_request() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void the_desk_sends_its_security_headers_and_hsts_only_over_https() {
        DeskClient browser = new DeskClient(baseUrl(), "198.51.100.17");

        HttpResponse<String> plain = browser.get("/desk/login");
        HttpResponse<String> https = browser.getOverHttps("/desk/login");

        assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"));
        assertThat(plain.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(plain.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    private StaffMember member(String username) {
        return as("admin", () -> accounts.findPage(0, 50).filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow());
    }

    private void setEnabled(StaffMember member, boolean enabled) {
        as("admin", () -> accounts.update(member.id(), accounts.version(member.id()), member.displayName(),
                member.email(), member.officeCode(), member.roles(), enabled));
    }
}
