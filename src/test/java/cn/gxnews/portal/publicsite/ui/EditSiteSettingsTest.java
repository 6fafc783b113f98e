package cn.gxnews.portal.publicsite.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.base.Translations;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators set the site's title, footer and grey mode in the desk; a refusal is said on the field concerned,
 * in the administrator's language, and nothing typed is lost.
 */
class EditSiteSettingsTest extends AbstractDeskTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_administrator_sets_the_filing_numbers_and_readers_see_them_at_once() throws Exception {
        login("admin");
        open("admin/site");

        _setValue(_get(TextField.class, spec -> spec.withLabel("ICP备案号")), "桂ICP备12345678号-1");
        _setValue(_get(TextField.class, spec -> spec.withLabel("公安机关备案号")), "桂公网安备45010302000123号");
        _setValue(_get(TextField.class, spec -> spec.withLabel("版权声明")), "© 2026 广西示例传媒有限公司");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("网站设置已保存，所有页面已更新。");
        assertThat(page("/en/contact")).contains("桂ICP备12345678号-1", "桂公网安备45010302000123号",
                "© 2026 广西示例传媒有限公司");
    }

    @Test
    void a_wrong_filing_number_is_refused_on_its_field_and_everything_typed_stays() {
        login("admin");
        open("admin/site");
        TextField company = _get(TextField.class, spec -> spec.withLabel("公司名称"));
        TextField icp = _get(TextField.class, spec -> spec.withLabel("ICP备案号"));

        _setValue(company, "广西示例传媒有限公司");
        _setValue(icp, "桂ICP12345");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(icp.isInvalid()).isTrue();
        assertThat(icp.getErrorMessage()).isEqualTo("ICP备案号格式不正确，应类似“桂ICP备12345678号-1”。");
        assertThat(notifications()).contains(icp.getErrorMessage());
        assertThat(icp.getValue()).isEqualTo("桂ICP12345");
        assertThat(company.getValue()).isEqualTo("广西示例传媒有限公司");
    }

    @Test
    void in_english_a_grey_period_ending_before_it_starts_is_refused_in_english_on_the_end() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        login("admin");
        open("admin/site");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> mode = _get(RadioButtonGroup.class, spec -> spec.withLabel("Grey mode"));
        assertThat(_find(DateTimePicker.class)).isEmpty(); // no period to enter while grey mode is off

        mode.setValue(cn.gxnews.portal.publicsite.GreyMode.SCHEDULED);
        DateTimePicker start = _get(DateTimePicker.class, spec -> spec.withLabel("Start (Beijing time)"));
        LocalDateTime from = LocalDateTime.now().plusDays(2).withNano(0).withSecond(0);
        _setValue(start, from);
        DateTimePicker end = _get(DateTimePicker.class, spec -> spec.withLabel("End (Beijing time)"));
        _setValue(end, from.minusHours(3));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage())
                .isEqualTo("Please enter when grey mode starts and ends; the end must come after the start.");
        assertThat(start.getValue()).isEqualTo(from);
        assertThat(end.getValue()).isEqualTo(from.minusHours(3));
        assertThat(mode.getValue()).isEqualTo(cn.gxnews.portal.publicsite.GreyMode.SCHEDULED);
    }

    @Test
    void turning_grey_mode_on_greys_the_public_site_and_the_change_is_recorded() throws Exception {
        login("admin");
        open("admin/site");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> mode = _get(RadioButtonGroup.class, spec -> spec.withLabel("全站置灰"));
        mode.setValue(cn.gxnews.portal.publicsite.GreyMode.ON);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(page("/")).contains("href=\"/css/site-grey.css\"");
        open("admin/changes");
        Grid<?> changes = _get(Grid.class);
        assertThat(GridKt._getFormatted(changes, 0, "kind")).isEqualTo("修改网站设置");
        assertThat(GridKt._getFormatted(changes, 0, "fields")).isEqualTo("全站置灰: 关闭 → 开启");
    }

    @Test
    void a_form_left_open_while_someone_else_saved_is_refused_and_keeps_what_was_typed() {
        login("admin");
        open("admin/site");
        TextField copyright = _get(TextField.class, spec -> spec.withLabel("版权声明"));
        db.execute("update site_settings set version = version + 1, copyright = '别人的版权声明'");

        _setValue(copyright, "我的版权声明");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("网站设置已被他人修改"));
        assertThat(copyright.getValue()).isEqualTo("我的版权声明");
    }

    private String page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
