package cn.gxnews.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk session ends thirty minutes after its member's last action, whatever an open tab sends by itself, and
 * twelve hours after its sign-in, however busy its member has been.
 */
class SessionLifetimeTest {

    private static final Instant SIGN_IN = Instant.parse("2026-11-27T01:00:00Z");
    private static final String POLL = "{\"csrfToken\":\"c0ffee\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
            + "\"event\":\"ui-poll\"}],\"syncId\":7,\"clientId\":7}";
    private static final String CLICK = "{\"csrfToken\":\"c0ffee\",\"rpc\":[{\"type\":\"event\",\"node\":42,"
            + "\"event\":\"click\",\"data\":{\"event.button\":0}}],\"syncId\":8,\"clientId\":8}";

    private final MockHttpSession session = new MockHttpSession();

    SessionLifetimeTest() {
        session.setMaxInactiveInterval((int) Duration.ofMinutes(30).toSeconds());
    }

    @Test
    void an_open_tab_that_only_sends_heartbeats_is_signed_out_thirty_minutes_after_the_last_action() throws Exception {
        signIn();
        for (int minutes = 5; minutes < 30; minutes += 5) {
            heartbeatAt(SIGN_IN.plus(Duration.ofMinutes(minutes)));
            assertThat(session.isInvalid()).isFalse();
        }

        heartbeatAt(SIGN_IN.plus(Duration.ofMinutes(30)));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_editors_edit_lock_polls_do_not_keep_an_idle_session_alive() throws Exception {
        signIn();
        for (int seconds = 20; seconds < 30 * 60; seconds += 20) {
            messageAt(SIGN_IN.plusSeconds(seconds), POLL);
        }
        assertThat(session.isInvalid()).isFalse();

        messageAt(SIGN_IN.plus(Duration.ofMinutes(30)), POLL);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void an_action_of_the_member_starts_the_thirty_minutes_again() throws Exception {
        signIn();
        messageAt(SIGN_IN.plus(Duration.ofMinutes(20)), CLICK);

        heartbeatAt(SIGN_IN.plus(Duration.ofMinutes(49)));
        assertThat(session.isInvalid()).isFalse();
        heartbeatAt(SIGN_IN.plus(Duration.ofMinutes(50)));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void opening_a_page_is_an_action() throws Exception {
        signIn();
        requestAt(SIGN_IN.plus(Duration.ofMinutes(29)));

        heartbeatAt(SIGN_IN.plus(Duration.ofMinutes(45)));

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void vaadin_still_reads_the_whole_message_after_it_was_looked_into() throws Exception {
        signIn();
        String large = CLICK.replace("\"data\":{", "\"data\":{\"text\":\"" + "桂".repeat(20_000) + "\",");

        for (String message : List.of(POLL, CLICK, large)) {
            MockFilterChain chain = messageAt(SIGN_IN.plus(Duration.ofMinutes(1)), message);
            try (BufferedReader reader = chain.getRequest().getReader()) {
                assertThat(reader.lines().collect(Collectors.joining("\n"))).isEqualTo(message);
            }
        }
    }

    @Test
    void a_session_busy_for_eleven_hours_and_fifty_nine_minutes_goes_on() throws Exception {
        signIn();

        busyUntil(SIGN_IN.plus(Duration.ofHours(11).plusMinutes(59)));

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_signed_in_twelve_hours_ago_is_ended_before_the_request_is_handled_however_busy() throws Exception {
        signIn();
        busyUntil(SIGN_IN.plus(Duration.ofHours(11).plusMinutes(59)));

        MockFilterChain chain = requestAt(SIGN_IN.plus(Duration.ofHours(12)));

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request still goes on, now without a session").isNotNull();
    }

    @Test
    void a_session_without_a_sign_in_is_left_alone() throws Exception {
        requestAt(SIGN_IN.plus(Duration.ofDays(2)));

        assertThat(session.isInvalid()).isFalse();
    }

    private void signIn() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        lifetimeAt(SIGN_IN).onAuthentication(new TestingAuthenticationToken("author.nanning", null), request,
                new MockHttpServletResponse());
    }

    /** Opens a page every ten minutes from the sign-in until {@code end}. */
    private void busyUntil(Instant end) throws Exception {
        for (Instant at = SIGN_IN; at.isBefore(end); at = at.plus(Duration.ofMinutes(10))) {
            requestAt(at);
        }
        requestAt(end);
    }

    private MockFilterChain requestAt(Instant now) throws Exception {
        return handledAt(now, new MockHttpServletRequest("GET", "/desk/articles"));
    }

    /** What an open desk tab sends by itself every few minutes. */
    private void heartbeatAt(Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/");
        request.setParameter("v-r", "heartbeat");
        request.setParameter("v-uiId", "0");
        handledAt(now, request);
    }

    /** A message of the desk's page to the server, as Vaadin's client sends it. */
    private MockFilterChain messageAt(Instant now, String message) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/");
        request.setParameter("v-r", "uidl");
        request.setParameter("v-uiId", "0");
        request.setContentType("application/json; charset=UTF-8");
        request.setCharacterEncoding("UTF-8");
        request.setContent(message.getBytes(StandardCharsets.UTF_8));
        return handledAt(now, request);
    }

    private MockFilterChain handledAt(Instant now, MockHttpServletRequest request) throws Exception {
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        lifetimeAt(now).doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }

    private static SessionLifetime lifetimeAt(Instant now) {
        return new SessionLifetime(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }
}
