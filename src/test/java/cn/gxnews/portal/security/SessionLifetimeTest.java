package cn.gxnews.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A desk session ends twelve hours after its sign-in, however busy its owner has been. */
class SessionLifetimeTest {

    private static final Instant SIGN_IN = Instant.parse("2026-11-27T01:00:00Z");

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void a_session_signed_in_eleven_hours_and_fifty_nine_minutes_ago_goes_on() throws Exception {
        signIn();

        requestAt(SIGN_IN.plus(Duration.ofHours(11).plusMinutes(59)));

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_signed_in_twelve_hours_ago_is_ended_before_the_request_is_handled() throws Exception {
        signIn();

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

    private MockFilterChain requestAt(Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/desk/articles");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        lifetimeAt(now).doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }

    private static SessionLifetime lifetimeAt(Instant now) {
        return new SessionLifetime(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }
}
