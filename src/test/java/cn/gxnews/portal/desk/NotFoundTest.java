package cn.gxnews.portal.desk;

import cn.gxnews.portal.AbstractDeskTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A member who follows a wrong address stays in the desk and is told, in their language, that it leads nowhere. */
class NotFoundTest extends AbstractDeskTest {

    @Test
    void an_unknown_desk_address_says_not_found_inside_the_desk() {
        login("author.nanning");

        open("no-such-page");

        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("找不到这个页面");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("这个地址不存在，或者您无权查看。请从左侧菜单继续。");
        assertThat(_find(SideNavItem.class)).isNotEmpty();
    }

    @Test
    void an_article_that_does_not_exist_says_so_inside_the_desk() {
        login("editor.nanning");

        open("review/article/999");

        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).contains("999");
    }

    @Test
    void the_history_of_an_article_that_does_not_exist_says_so_inside_the_desk() {
        login("author.nanning");

        open("article/history/999");

        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).contains("999");
    }

    @Test
    void not_found_speaks_english_to_a_member_who_reads_english() {
        login("admin");
        UI.getCurrent().setLocale(cn.gxnews.portal.base.Translations.ENGLISH);

        open("admin/no-such-page");

        assertThat(_get(H2.class).getText()).isEqualTo("Page not found");
    }
}
