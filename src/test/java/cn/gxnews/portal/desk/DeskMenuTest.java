package cn.gxnews.portal.desk;

import cn.gxnews.portal.AbstractDeskTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** What the desk's menu offers each kind of member: what their roles let them open, in the newsroom's order. */
class DeskMenuTest extends AbstractDeskTest {

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void an_author_is_offered_their_articles_the_photos_and_their_own_account() {
        login("author.nanning");
        open("notifications");

        assertThat(menu()).containsExactly("articles", "media", "notifications", "bin", "account/password",
                "account/language");
    }

    @Test
    void an_office_editor_is_offered_the_review_work_as_well() {
        login("editor.nanning");
        open("notifications");

        assertThat(menu()).containsExactly("articles", "media", "review", "dashboard", "readership", "audit",
                "notifications", "bin", "account/password", "account/language");
    }

    @Test
    void an_editor_of_every_office_is_not_offered_articles_of_their_own() {
        login("editor.all");
        open("notifications");

        assertThat(menu()).containsExactly("media", "review", "dashboard", "readership", "audit", "notifications",
                "bin", "account/password", "account/language");
    }

    @Test
    void an_administrator_is_offered_the_administration_and_no_newsroom_work() {
        login("admin");
        open("notifications");

        assertThat(menu()).containsExactly("notifications", "bin", "account/password", "account/language",
                "admin/staff", "admin/offices", "admin/sections", "admin/site", "admin/watermarks", "admin/sign-ins",
                "admin/changes", "admin/sensitive-words", "admin/standard-wording");
    }

    @Test
    void a_publisher_is_offered_the_review_queue_and_their_own_account() {
        login("publisher");
        open("notifications");

        assertThat(menu()).containsExactly("review", "notifications", "account/password", "account/language");
    }

    @Test
    void menu_entries_are_in_the_members_language() {
        login("admin");
        open("notifications");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("员工账号", "通知");
    }
}
