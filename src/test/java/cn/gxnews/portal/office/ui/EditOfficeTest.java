package cn.gxnews.portal.office.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeRefusedException;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the offices' contact details, and the public Contact Us page shows changes at once. */
class EditOfficeTest extends AbstractDeskTest {

    @Autowired
    private OfficeService offices;

    @Test
    void an_administrator_changes_a_phone_number_and_readers_see_it_at_once() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String before = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/contact")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(before).contains("15107726823");
        login("admin");
        open("admin/offices");

        clickRow(_get(Grid.class), 1);
        _setValue(_get(TextField.class, spec -> spec.withLabel("电话")), "0772-1234567");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(GridKt._getFormatted(_get(Grid.class), 1, "phone")).isEqualTo("0772-1234567");
        String after = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/contact")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("tel:0772-1234567").doesNotContain("15107726823");
    }

    @Test
    void an_administrator_gives_an_office_three_review_levels_the_last_taken_by_publishers() {
        login("admin");
        open("admin/offices");
        assertThat(GridKt._getFormatted(_get(Grid.class), 0, "reviewLevels")).isEqualTo("初审 本分公司编辑");

        clickRow(_get(Grid.class), 0);
        _assertNone(Select.class, spec -> spec.withLabel("复审由谁审核"));
        _setValue(_get(Select.class, spec -> spec.withLabel("审核级数")), 3);
        Select<?> third = _get(Select.class, spec -> spec.withLabel("终审由谁审核"));
        assertThat(third.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<ReviewTaker> finalLevel = (Select<ReviewTaker>) third;
        _setValue(finalLevel, ReviewTaker.PUBLISHERS);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(GridKt._getFormatted(_get(Grid.class), 0, "reviewLevels"))
                .isEqualTo("初审 本分公司编辑 · 复审 本分公司编辑 · 终审 签发人（全公司）");
        assertThat(as("admin", () -> offices.reviewLevels("nanning"))).isEqualTo(ReviewLevels.of(
                ReviewTaker.OFFICE_EDITORS, ReviewTaker.OFFICE_EDITORS, ReviewTaker.PUBLISHERS));
    }

    @Test
    void a_bad_phone_or_a_stale_form_is_refused_and_only_administrators_may_change_offices() {
        Office liuzhou = offices.find("liuzhou").orElseThrow();
        int version = as("admin", () -> offices.version("liuzhou"));

        assertThatThrownBy(() -> as("admin", () -> offices.update(new Office("liuzhou", "柳州", "Liuzhou",
                liuzhou.address(), liuzhou.contactPerson(), "<script>"), version)))
                .isInstanceOf(OfficeRefusedException.class);
        as("admin", () -> offices.update(liuzhou, version));
        assertThatThrownBy(() -> as("admin", () -> offices.update(liuzhou, version)))
                .isInstanceOfSatisfying(OfficeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("office.error.stale"));
        assertThatThrownBy(() -> as("editor.all", () -> offices.update(liuzhou, version + 1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
