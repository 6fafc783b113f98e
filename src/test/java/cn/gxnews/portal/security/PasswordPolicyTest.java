package cn.gxnews.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** New passwords: long enough, not the username, not one of the most common ones, otherwise anything goes. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void ships_at_least_ten_thousand_common_passwords() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void refuses_short_common_and_username_passwords_and_too_long_ones() {
        assertThat(policy.problems("author.guilin", "7chars!")).containsExactly("password.tooShort");
        assertThat(policy.problems("author.guilin", "password")).containsExactly("password.common");
        assertThat(policy.problems("author.guilin", "QWERTYUIOP")).containsExactly("password.common");
        assertThat(policy.problems("author.guilin", "Author.Guilin")).containsExactly("password.sameAsUsername");
        assertThat(policy.problems("author.guilin", "字".repeat(129))).containsExactly("password.tooLong");
    }

    @Test
    void accepts_any_characters_without_composition_rules() {
        assertThat(policy.problems("author.guilin", "桂林山水甲天下啊")).isEmpty();
        assertThat(policy.problems("author.guilin", "correct horse battery staple")).isEmpty();
        assertThat(policy.problems("author.guilin", "alllowercaseletters")).isEmpty();
        assertThat(policy.problems("author.guilin", "😀".repeat(8))).isEmpty();
        assertThat(policy.problems("author.guilin", "x".repeat(128))).isEmpty();
    }
}
