package cn.gxnews.portal.readership.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.ChartTables;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.ChartFigure;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.readership.ReadershipCounter;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors see how often their office's articles were read: per day as a chart, and the most read. */
class ReadershipViewTest extends AbstractDeskTest {

    @Autowired
    private ReadershipCounter counter;
    @Autowired
    private Clock clock;

    @AfterEach
    void writeWhatWasCounted() {
        counter.flush();
    }

    private void read(String title, int times) {
        long id = idOf(title).value();
        for (int i = 0; i < times; i++) {
            counter.count(id);
        }
    }

    private String today() {
        return DateTimeFormatter.ofPattern("MM-dd").format(LocalDate.ofInstant(clock.instant(), Translations.ZONE));
    }

    @Test
    void an_office_editor_sees_their_offices_views_per_day_and_most_read_articles() {
        read(LIUZHOU_PUBLISHED, 5);
        read(GUILIN_PUBLISHED, 9);
        counter.flush();
        // yesterday's views of the Liuzhou article
        db.execute("insert into article_views (article_id, day, views) values (?, ?, 4)",
                idOf(LIUZHOU_PUBLISHED).value(), LocalDate.ofInstant(clock.instant(), Translations.ZONE).minusDays(1));

        login("editor.liuzhou");
        open("readership");

        ComboBox<?> office = _get(ComboBox.class, spec -> spec.withLabel("分公司"));
        assertThat(office.isReadOnly()).isTrue();
        ChartTables chart = ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("views-per-day")));
        assertThat(chart.svgTitle()).isEqualTo("近30天每日阅读量");
        assertThat(chart.caption()).isEqualTo("近30天每日阅读量");
        assertThat(chart.headers()).containsExactly("日期", "柳州");
        assertThat(chart.rows()).hasSize(30);
        assertThat(chart.row(today())).containsExactly(today(), "5");
        assertThat(chart.rows().get(28)).element(1).isEqualTo("4");
        assertThat(_get(Anchor.class, spec -> spec.withText("下载数据（CSV）")).getHref()).isNotBlank();

        Grid<?> week = _get(Grid.class, spec -> spec.withId("most-read-7"));
        assertThat(GridKt._size(week)).isEqualTo(1);
        assertThat(GridKt._getFormatted(week, 0, "title")).isEqualTo(LIUZHOU_PUBLISHED);
        assertThat(GridKt._getFormatted(week, 0, "views")).isEqualTo("9");
        assertThat(GridKt._getFormatted(week, 0, "rank")).isEqualTo("1");
    }

    @Test
    void an_editor_of_all_offices_sees_the_company_and_can_pick_an_office() {
        read(LIUZHOU_PUBLISHED, 2);
        read(GUILIN_PUBLISHED, 7);
        read(NANNING_PUBLISHED_SEED, 1);
        counter.flush();

        login("editor.all");
        open("readership");

        ChartTables chart = ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("views-per-day")));
        assertThat(chart.headers()).containsExactly("日期", "全公司合计", "南宁", "柳州", "桂林");
        assertThat(chart.row(today())).containsExactly(today(), "10", "1", "2", "7");
        Grid<?> month = _get(Grid.class, spec -> spec.withId("most-read-30"));
        assertThat(GridKt._size(month)).isEqualTo(3);
        assertThat(GridKt._getFormatted(month, 0, "title")).isEqualTo(GUILIN_PUBLISHED);
        assertThat(GridKt._getFormatted(month, 0, "office")).isEqualTo("桂林");

        @SuppressWarnings("unchecked")
        ComboBox<Office> office = _get(ComboBox.class, spec -> spec.withLabel("分公司"));
        office.setValue(office.getListDataView().getItems().filter(o -> o.code().equals("liuzhou")).findFirst()
                .orElseThrow());
        chart = ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("views-per-day")));
        assertThat(chart.headers()).containsExactly("日期", "柳州");
        assertThat(chart.row(today())).containsExactly(today(), "2");
    }

    @Test
    void without_views_the_lists_say_so_and_an_author_may_not_open_the_view() {
        login("editor.nanning");
        open("readership");
        assertThat(_get(Paragraph.class, spec -> spec.withId("most-read-7-none")).getText())
                .isEqualTo("这段时间还没有读者阅读。");
        _assertNone(Grid.class);
        logout();

        login("author.liuzhou");
        assertThatThrownBy(() -> open("readership")).hasMessageContaining("Access is denied");
    }
}
