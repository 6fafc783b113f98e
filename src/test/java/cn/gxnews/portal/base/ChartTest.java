package cn.gxnews.portal.base;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A chart's image carries its title and every value, and its CSV carries the same numbers as its table. */
class ChartTest {

    private static final Chart VIEWS = new Chart("近7天 <每日> 阅读量", "日期", List.of("11-30", "12-01", "12-02"),
            List.of(new Chart.Series("南宁", List.of(3.0, 0.0, 12.0)), new Chart.Series("柳州", List.of(1.0, 2.5, 4.0))),
            Chart.Kind.BAR);

    @Test
    void the_svg_is_well_formed_names_its_title_and_escapes_text() {
        Document svg = Jsoup.parse(SvgChart.svg(VIEWS, "views"), "", Parser.xmlParser());
        var root = svg.selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("aria-labelledby")).isEqualTo("views-title");
        assertThat(svg.selectFirst("svg > title").id()).isEqualTo("views-title");
        assertThat(svg.selectFirst("svg > title").text()).isEqualTo("近7天 <每日> 阅读量");
        assertThat(SvgChart.svg(VIEWS, "views")).doesNotContain("<每日>").doesNotContain("width=\"640\"");
    }

    @Test
    void every_bar_has_its_value_as_a_tooltip_and_the_tallest_reaches_the_axis_top() {
        Document svg = Jsoup.parse(SvgChart.svg(VIEWS, "views"), "", Parser.xmlParser());
        assertThat(svg.select("rect > title").eachText()).containsExactly("南宁 · 11-30: 3", "南宁 · 12-01: 0",
                "南宁 · 12-02: 12", "柳州 · 11-30: 1", "柳州 · 12-01: 2.5", "柳州 · 12-02: 4");
        assertThat(svg.select("text").eachText()).contains("0", "5", "10", "15", "20", "11-30", "12-02", "南宁", "柳州");
    }

    @Test
    void a_line_chart_draws_one_line_per_series_with_a_point_per_value() {
        Chart lines = new Chart("阅读量", "日期", VIEWS.categories(), VIEWS.series(), Chart.Kind.LINE);
        Document svg = Jsoup.parse(SvgChart.svg(lines, "lines"), "", Parser.xmlParser());
        assertThat(svg.select("polyline")).hasSize(2);
        assertThat(svg.select("circle")).hasSize(6);
    }

    @Test
    void the_table_and_the_csv_hold_the_same_numbers() {
        assertThat(VIEWS.headers()).containsExactly("日期", "南宁", "柳州");
        assertThat(VIEWS.rows()).containsExactly(List.of("11-30", "3", "1"), List.of("12-01", "0", "2.5"),
                List.of("12-02", "12", "4"));
        StringWriter csv = new StringWriter();
        VIEWS.writeCsv(csv);
        assertThat(csv.toString()).isEqualTo(Csv.BOM + "\"日期\",\"南宁\",\"柳州\"\r\n\"11-30\",\"3\",\"1\"\r\n"
                + "\"12-01\",\"0\",\"2.5\"\r\n\"12-02\",\"12\",\"4\"\r\n");
    }

    @Test
    void the_value_axis_ends_on_a_round_number_in_four_even_steps() {
        assertThat(SvgChart.niceMax(0)).isEqualTo(4);
        assertThat(SvgChart.niceMax(3)).isEqualTo(4);
        assertThat(SvgChart.niceMax(12)).isEqualTo(20);
        assertThat(SvgChart.niceMax(100)).isEqualTo(100);
        assertThat(SvgChart.niceMax(101)).isEqualTo(200);
        assertThat(SvgChart.niceMax(0.3)).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void counts_get_grid_lines_on_whole_numbers() {
        assertThat(SvgChart.niceWholeMax(0)).isEqualTo(4);
        assertThat(SvgChart.niceWholeMax(1)).isEqualTo(4);
        assertThat(SvgChart.niceWholeMax(9)).isEqualTo(20);
        assertThat(SvgChart.niceWholeMax(30)).isEqualTo(40);
        assertThat(SvgChart.niceWholeMax(101)).isEqualTo(200);
    }

    @Test
    void a_series_must_have_a_value_for_each_category() {
        assertThatThrownBy(() -> new Chart("t", "d", List.of("a", "b"), List.of(new Chart.Series("s", List.of(1.0))),
                Chart.Kind.BAR)).isInstanceOf(IllegalArgumentException.class);
    }
}
