package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestNewsroom;
import cn.gxnews.portal.security.repository.StaffUserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change to a signed-in member's account applies at the member's next desk request, and a changed password
 * ends the member's other sessions. ({@link DeskSessionTest} shows members signed out over HTTP.)
 */
class CurrentMemberRefreshTest extends AbstractIntegrationTest {

    @Autowired
    private StaffUserRepository users;

    @Autowired
    private StaffAccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_editor_made_an_author_acts_as_an_author_from_the_next_request_on() throws Exception {
        StaffMember editor = member("editor.nanning");
        signedInAs(editor);
        as("admin", () -> accounts.update(editor.id(), accounts.version(editor.id()), editor.displayName(),
                editor.email(), editor.officeCode(), Set.of(StaffRole.AUTHOR), true));

        Authentication during = nextRequest(new MockHttpSession());

        assertThat(during.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUTHOR");
    }

    @Test
    void an_unchanged_member_keeps_the_same_sign_in() throws Exception {
        StaffMember editor = member("editor.nanning");
        Authentication before = signedInAs(editor);

        assertThat(nextRequest(new MockHttpSession())).isSameAs(before);
    }

    @Test
    void a_disabled_member_is_signed_out_and_their_session_ended() throws Exception {
        StaffMember author = member("author.guilin");
        signedInAs(author);
        as("admin", () -> accounts.update(author.id(), accounts.version(author.id()), author.displayName(),
                author.email(), author.officeCode(), author.roles(), false));
        MockHttpSession session = new MockHttpSession();

        assertThat(nextRequest(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changing_ones_own_password_ends_ones_other_sessions_and_keeps_this_one() throws Exception {
        MockHttpSession here = signedInSession("editor.nanning");
        MockHttpSession elsewhere = signedInSession("editor.nanning");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/");
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.setContext(contextOf(here));
        try {
            accounts.changeOwnPassword(TestNewsroom.PASSWORD, "邕江两岸灯火通明的夜晚");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        SecurityContextHolder.setContext(contextOf(here));
        assertThat(nextRequest(here)).isNotNull();
        SecurityContextHolder.setContext(contextOf(elsewhere));
        assertThat(nextRequest(elsewhere)).isNull();
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    @Test
    void an_administrators_password_reset_ends_every_session_of_the_member() throws Exception {
        MockHttpSession session = signedInSession("editor.nanning");
        as("admin", () -> accounts.resetPassword(member("editor.nanning").id()));

        SecurityContextHolder.setContext(contextOf(session));

        assertThat(nextRequest(session)).isNull();
    }

    /** A session signed in as the member the way the login form signs in (SessionLifetimeTest covers the rest). */
    private MockHttpSession signedInSession(String username) {
        var credentials = users.findCredentials(username).orElseThrow();
        StaffPrincipal principal = new StaffPrincipal(credentials.member(), credentials.passwordHash(),
                credentials.sessionGeneration());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    private static SecurityContext contextOf(MockHttpSession session) {
        return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private StaffMember member(String username) {
        return users.findCredentials(username).orElseThrow().member();
    }

    private Authentication signedInAs(StaffMember member) {
        StaffPrincipal principal = new StaffPrincipal(member, "",
                users.findCredentials(member.username()).orElseThrow().sessionGeneration());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** Who the desk sees as signed in while it handles the next request. */
    private Authentication nextRequest(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/");
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        new CurrentMemberRefresh(users).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }
}
