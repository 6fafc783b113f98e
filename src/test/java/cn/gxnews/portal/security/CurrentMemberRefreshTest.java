package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
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
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's change to a signed-in member's account applies at the member's next desk request.
 * ({@link DeskSessionTest} shows a disabled member signed out over HTTP.)
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

    private StaffMember member(String username) {
        return users.findCredentials(username).orElseThrow().member();
    }

    private Authentication signedInAs(StaffMember member) {
        StaffPrincipal principal = new StaffPrincipal(member, "");
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
