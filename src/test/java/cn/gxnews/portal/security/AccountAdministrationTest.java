package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators open, change and reset accounts; nobody can lock the portal out of its administrators. */
class AccountAdministrationTest extends AbstractIntegrationTest {

    @Autowired
    private StaffAccountService accounts;

    @Autowired
    private AuthenticationConfiguration authentication;

    @Test
    void an_opened_account_signs_in_once_with_its_one_time_password_then_chooses_its_own() throws Exception {
        OneTimePassword opened = as("admin", () -> accounts.open("author.nanning2", "王芳", "wangfang@gxnews.example",
                "nanning", Set.of(StaffRole.AUTHOR)));

        assertThat(opened.password()).hasSize(16);
        assertThat(opened.member().mustChangePassword()).isTrue();
        assertThat(opened.member().email()).isEqualTo("wangfang@gxnews.example");
        var signedIn = authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("author.nanning2", opened.password()));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(as("author.nanning2", () -> accounts.mustChangePassword())).isTrue();

        as("author.nanning2", () -> {
            accounts.changeOwnPassword(opened.password(), "邕江两岸灯火通明的夜晚");
            return null;
        });
        assertThat(as("author.nanning2", () -> accounts.mustChangePassword())).isFalse();
    }

    @Test
    void accounts_created_by_the_setup_pass_the_same_checks_as_opened_ones() {
        assertThatThrownBy(() -> as("admin", () -> accounts.create(new NewStaffAccount("editor.nanning", "黄丽",
                "邕江两岸灯火通明的夜晚", "nanning", Set.of(StaffRole.EDITOR)))))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.usernameTaken"));
        assertThatThrownBy(() -> as("admin", () -> accounts.create(new NewStaffAccount("writer.everywhere", "张三",
                "邕江两岸灯火通明的夜晚", null, Set.of(StaffRole.AUTHOR)))))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.authorNeedsOffice"));
    }

    @Test
    void an_administrator_changes_roles_and_office_and_disables_an_account() {
        StaffMember editor = accounts(as("admin", () -> accounts.findPage(0, 50).toList()), "editor.guilin");
        int version = as("admin", () -> accounts.version(editor.id()));

        StaffMember changed = as("admin", () -> accounts.update(editor.id(), version, "莫敏", null, null,
                Set.of(StaffRole.EDITOR), false));

        assertThat(changed.officeCode()).isNull();
        assertThat(changed.enabled()).isFalse();
        assertThatThrownBy(() -> as("admin", () -> accounts.update(editor.id(), version, "莫敏", null, null,
                Set.of(StaffRole.EDITOR), true)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.stale"));
        assertThatThrownBy(() -> as("admin", () -> accounts.update(editor.id(), version + 1, "莫敏", null, null,
                Set.of(StaffRole.AUTHOR), true)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.authorNeedsOffice"));
    }

    @Test
    void an_administrator_cannot_disable_themselves_or_drop_their_own_role_and_the_last_one_stays() {
        StaffMember admin = accounts(as("admin", () -> accounts.findPage(0, 50).toList()), "admin");
        int version = as("admin", () -> accounts.version(admin.id()));

        assertThatThrownBy(() -> as("admin", () -> accounts.update(admin.id(), version, "系统管理员", null, null,
                Set.of(StaffRole.ADMIN), false)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.ownAdmin"));
        assertThatThrownBy(() -> as("admin", () -> accounts.update(admin.id(), version, "系统管理员", null, null,
                Set.of(StaffRole.EDITOR), true)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.ownAdmin"));
        assertThatThrownBy(() -> systemTasks.runAsSetup(() -> accounts.update(admin.id(), version, "系统管理员",
                null, null, Set.of(StaffRole.ADMIN), false)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.lastAdmin"));
    }

    @Test
    void of_two_administrators_one_may_disable_the_other_but_nobody_then_disables_the_last() {
        StaffMember second = as("admin", () -> accounts.open("admin.second", "第二管理员", null, null,
                Set.of(StaffRole.ADMIN))).member();
        StaffMember first = accounts(as("admin", () -> accounts.findPage(0, 50).toList()), "admin");

        StaffMember disabled = as("admin.second", () -> accounts.update(first.id(), accounts.version(first.id()),
                first.displayName(), null, null, Set.of(StaffRole.ADMIN), false));
        assertThat(disabled.enabled()).isFalse();

        // the first one, disabled but with the rights they signed in with, tries to take the second one along
        assertThatThrownBy(() -> as("admin", () -> accounts.update(second.id(), accounts.version(second.id()),
                second.displayName(), null, null, Set.of(StaffRole.ADMIN), false)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.lastAdmin"));
        assertThatThrownBy(() -> as("admin", () -> accounts.update(second.id(), accounts.version(second.id()),
                second.displayName(), null, null, Set.of(StaffRole.EDITOR), true)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.lastAdmin"));
        assertThatThrownBy(() -> as("admin.second", () -> accounts.update(second.id(), accounts.version(second.id()),
                second.displayName(), null, null, Set.of(StaffRole.ADMIN), false)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.ownAdmin"));
        assertThat(accounts(as("admin.second", () -> accounts.findPage(0, 50).toList()), "admin.second").enabled())
                .isTrue();
    }

    @Test
    void nobody_but_an_administrator_manages_accounts() {
        for (String member : new String[]{"author.liuzhou", "editor.liuzhou", "editor.all"}) {
            assertThatThrownBy(() -> as(member, () -> accounts.open("x.y", "某人", null, "liuzhou",
                    Set.of(StaffRole.AUTHOR)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(member, () -> accounts.resetPassword(1))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(member, () -> accounts.update(1, 0, "某人", null, null,
                    Set.of(StaffRole.ADMIN), true))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_reset_password_works_once_and_must_be_changed() throws Exception {
        StaffMember author = accounts(as("admin", () -> accounts.findPage(0, 50).toList()), "author.liuzhou");

        OneTimePassword reset = as("admin", () -> accounts.resetPassword(author.id()));

        assertThat(authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("author.liuzhou", reset.password())).isAuthenticated())
                .isTrue();
        assertThat(as("author.liuzhou", () -> accounts.mustChangePassword())).isTrue();
    }

    private static StaffMember accounts(java.util.List<StaffMember> all, String username) {
        return all.stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow();
    }
}
