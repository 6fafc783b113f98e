package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.security.StaffAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Every member chooses the desk's language, and it stays chosen whatever their browser says. */
class ChooseLanguageTest extends AbstractDeskTest {

    @Autowired
    private StaffAccountService accounts;

    @Test
    void a_member_who_chooses_english_gets_the_desk_in_english_from_then_on() {
        login("author.nanning");
        open("account/language");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = _get(RadioButtonGroup.class);
        assertThat(language.getValue()).isEqualTo(LanguageView.BROWSER);

        _setValue(language, "en");

        assertThat(as("author.nanning", accounts::ownLanguage)).contains(Translations.ENGLISH);
        open("articles");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("My articles");
    }

    @Test
    void a_new_page_of_a_member_who_chose_english_starts_in_english_whatever_the_browser_prefers() {
        as("editor.liuzhou", () -> {
            accounts.changeOwnLanguage(Translations.ENGLISH);
            return null;
        });
        login("editor.liuzhou");
        assertThat(UI.getCurrent().getLocale()).as("the page opened before sign-in").isEqualTo(Translations.CHINESE);

        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void the_choice_is_each_members_own() {
        as("author.nanning", () -> {
            accounts.changeOwnLanguage(Translations.ENGLISH);
            return null;
        });

        assertThat(as("author.nanning", accounts::ownLanguage)).contains(Translations.ENGLISH);
        assertThat(as("editor.nanning", accounts::ownLanguage)).isEmpty();
    }

    @Test
    void following_the_browser_again_forgets_the_choice() {
        as("editor.guilin", () -> {
            accounts.changeOwnLanguage(Translations.ENGLISH);
            accounts.changeOwnLanguage(null);
            return null;
        });

        assertThat(as("editor.guilin", accounts::ownLanguage)).isEqualTo(Optional.<Locale>empty());
    }
}
