package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.StandardWording;
import cn.gxnews.portal.article.StandardWordingService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the standard-wording list in the desk, one pair at a time or as a CSV file. */
class EditStandardWordingTest extends AbstractDeskTest {

    @Autowired
    private StandardWordingService wording;

    @Test
    void an_administrator_adds_a_pair_changes_its_level_and_removes_it() {
        login("admin");
        open("admin/standard-wording");
        int before = GridKt._size(_get(Grid.class));

        _setValue(_get(TextField.class, spec -> spec.withLabel("错误写法")), "南宁市政府网");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规范写法")), "南宁市人民政府门户网站");
        _setValue(_get(TextField.class, spec -> spec.withLabel("说明")), "网站的正式名称");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("已保存：南宁市政府网 → 南宁市人民政府门户网站");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        int row = rowOf(grid, "南宁市政府网");
        assertThat(GridKt._getFormatted(grid, row, "severity")).isEqualTo("提醒");

        GridKt._clickItem(grid, row);
        assertThat(_get(TextField.class, spec -> spec.withLabel("规范写法")).getValue()).isEqualTo("南宁市人民政府门户网站");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StandardWording.Severity> level = _get(RadioButtonGroup.class, spec -> spec.withLabel("级别"));
        _setValue(level, StandardWording.Severity.BLOCK);
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "南宁市政府网"), "severity")).isEqualTo("禁止提交");
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);

        _click((Button) GridKt._getCellComponent(grid, rowOf(grid, "南宁市政府网"), "remove"));
        assertThat(GridKt._size(grid)).isEqualTo(before);
    }

    @Test
    void a_pair_whose_right_form_equals_the_wrong_one_is_refused_on_that_field_and_the_input_is_kept() {
        login("admin");
        open("admin/standard-wording");

        _setValue(_get(TextField.class, spec -> spec.withLabel("错误写法")), "桂林市");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规范写法")), "桂林市");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        TextField right = _get(TextField.class, spec -> spec.withLabel("规范写法"));
        assertThat(right.isInvalid()).isTrue();
        assertThat(right.getErrorMessage()).isEqualTo("规范写法不能与错误写法相同");
        assertThat(_get(TextField.class, spec -> spec.withLabel("错误写法")).getValue()).isEqualTo("桂林市");
    }

    @Test
    void a_csv_file_with_a_wrong_row_is_not_imported_and_each_wrong_row_is_named_then_the_corrected_file_is() {
        login("admin");
        open("admin/standard-wording");
        int before = GridKt._size(_get(Grid.class));
        String wrong = "错误写法,规范写法,说明,级别\n桂林两江国际机场,桂林两江国际机场,,WARN\n柳州螺丝,柳州螺蛳,,MAYBE\n";

        UploadKt._upload(_get(Upload.class), "规范用语.csv", "text/csv", wrong.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        Div problems = _get(Div.class, spec -> spec.withClasses("wording-import-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(_find(problems, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "第 2 行：规范写法不能与错误写法相同",
                "第 3 行：级别应为 WARN 或 BLOCK，这一行是“MAYBE”");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before);

        // as Chinese spreadsheet programs save it: GBK
        String corrected = "错误写法,规范写法,说明,级别\n柳州螺丝,柳州螺蛳,,WARN\n";
        UploadKt._upload(_get(Upload.class), "规范用语.csv", "text/csv", corrected.getBytes(Charset.forName("GBK")));
        MockVaadin.clientRoundtrip(false);

        assertThat(notifications()).contains("已导入：新增或修改 1 条");
        assertThat(problems.isVisible()).isFalse();
        assertThat(as("admin", () -> wording.list()))
                .contains(new StandardWording("柳州螺丝", "柳州螺蛳", "", StandardWording.Severity.WARN));
    }

    @Test
    void an_editor_cannot_open_the_list() {
        login("editor.all");
        assertThatThrownBy(() -> open("admin/standard-wording")).hasMessageContaining("Access is denied");
    }

    private static int rowOf(Grid<?> grid, String wrong) {
        List<String> wrongForms = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            wrongForms.add(GridKt._getFormatted(grid, i, "wrong"));
        }
        assertThat(wrongForms).contains(wrong);
        return wrongForms.indexOf(wrong);
    }
}
