package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the sensitive-word list in the desk; nobody else can open it. */
class EditSensitiveWordsTest extends AbstractDeskTest {

    @Test
    void an_administrator_adds_and_removes_words() {
        login("admin");
        open("admin/sensitive-words");
        TextField word = _get(TextField.class, spec -> spec.withLabel("词语"));

        _setValue(word, "内部资料");
        _click(_get(Button.class, spec -> spec.withText("添加")));
        _setValue(word, "内部资料");
        _click(_get(Button.class, spec -> spec.withText("添加")));

        assertThat(word.isInvalid()).isTrue();
        assertThat(word.getErrorMessage()).isEqualTo("这个词已在列表中");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "word")).isEqualTo("内部资料");

        _click((Button) GridKt._getCellComponent(grid, 0, "remove"));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void a_word_with_an_invisible_character_is_marked_with_what_is_wrong_with_it() {
        login("admin");
        open("admin/sensitive-words");
        TextField word = _get(TextField.class, spec -> spec.withLabel("词语"));

        _setValue(word, "内部\u0008资料");
        _click(_get(Button.class, spec -> spec.withText("添加")));

        assertThat(word.isInvalid()).isTrue();
        assertThat(word.getErrorMessage()).startsWith("“词语”的第 3 个字符是看不见的控制字符");
        assertThat(word.getValue()).isEqualTo("内部\u0008资料");
    }

    @Test
    void an_editor_cannot_open_the_list() {
        login("editor.all");
        assertThatThrownBy(() -> open("admin/sensitive-words")).hasMessageContaining("Access is denied");
    }
}
