package cn.gxnews.portal.media.ui;

import cn.gxnews.portal.AbstractDeskTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator sets an office's watermark and sees its photos being drawn again. */
class SetWatermarkTest extends AbstractDeskTest {

    private static Div office(String code) {
        return _get(Div.class, spec -> spec.withId("watermark-" + code));
    }

    @Test
    void an_administrator_turns_on_liuzhous_watermark_and_sees_the_progress() {
        login("admin");
        open("admin/watermarks");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("watermark-font")).getText()).startsWith("水印字体：");

        Div liuzhou = office("liuzhou");
        _setValue(_get(liuzhou, Checkbox.class, spec -> spec.withLabel("在读者看到的照片上加水印")), true);
        _setValue(_get(liuzhou, TextField.class, spec -> spec.withLabel("水印文字")), "柳州分公司");
        _click(_get(liuzhou, Button.class, spec -> spec.withText("保存")));

        assertThat(_get(liuzhou, Span.class, spec -> spec.withClasses("watermark-progress")).getText())
                .contains("第 2 版");
    }

    @Test
    void turning_it_on_without_text_is_refused_on_the_field_and_keeps_what_was_chosen() {
        login("admin");
        open("admin/watermarks");
        Div guilin = office("guilin");
        Checkbox enabled = _get(guilin, Checkbox.class, spec -> spec.withLabel("在读者看到的照片上加水印"));
        _setValue(enabled, true);
        _click(_get(guilin, Button.class, spec -> spec.withText("保存")));

        TextField text = _get(guilin, TextField.class, spec -> spec.withLabel("水印文字"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("启用水印时请填写水印文字。");
        assertThat(enabled.getValue()).isTrue();
    }

    @Test
    void a_character_the_font_lacks_is_named_on_the_field_and_the_text_stays() {
        login("admin");
        open("admin/watermarks");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("watermark-font")).getText())
                .startsWith("水印字体：网站自带的 Noto Sans CJK SC");
        Div nanning = office("nanning");
        _setValue(_get(nanning, Checkbox.class, spec -> spec.withLabel("在读者看到的照片上加水印")), true);
        TextField text = _get(nanning, TextField.class, spec -> spec.withLabel("水印文字"));
        _setValue(text, "南宁𠀀分公司");
        _click(_get(nanning, Button.class, spec -> spec.withText("保存")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("水印字体不能显示“𠀀”");
        assertThat(text.getValue()).isEqualTo("南宁𠀀分公司");
    }

    @Test
    void an_editor_may_not_open_the_watermarks() {
        login("editor.all");
        assertThatThrownBy(() -> open("admin/watermarks")).hasMessageContaining("Access is denied");
    }
}
