package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static cn.gxnews.portal.TestNewsroom.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Passwords are hashed with Argon2id at OWASP's parameters; older bcrypt hashes are upgraded at sign-in. */
class PasswordHashingTest extends AbstractIntegrationTest {

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private AuthenticationConfiguration authentication;

    @Test
    void new_hashes_are_argon2id_with_owasp_parameters() {
        String hash = passwordEncoder.encode("一个足够长的口令");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwordEncoder.matches("一个足够长的口令", hash)).isTrue();
        assertThat(passwordEncoder.matches("另一个口令", hash)).isFalse();
        assertThat(hashOf("author.guilin")).startsWith("{argon2}$argon2id$");
    }

    @Test
    void a_bcrypt_hash_still_signs_in_and_is_replaced_by_argon2id() throws Exception {
        db.execute("update staff_user set password_hash = ? where username = 'author.guilin'",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("old-bcrypt-password"));
        AuthenticationManager manager = authentication.getAuthenticationManager();

        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("author.guilin", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashOf("author.guilin")).startsWith("{bcrypt}");

        var signedIn = manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("author.guilin", "old-bcrypt-password"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        String upgraded = hashOf("author.guilin");
        assertThat(upgraded).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches("old-bcrypt-password", upgraded)).isTrue();
    }

    private String hashOf(String username) {
        return db.fetchSingle("select password_hash from staff_user where username = ?", username).get(0, String.class);
    }
}
