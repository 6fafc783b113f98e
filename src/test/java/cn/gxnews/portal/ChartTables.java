package cn.gxnews.portal;

import cn.gxnews.portal.base.ui.ChartFigure;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** What a chart in the desk says: its image's title and the rows of its table, as a screen reader reads them. */
public record ChartTables(String svgTitle, String caption, List<String> headers, List<List<String>> rows) {

    public static ChartTables of(ChartFigure figure) {
        Html html = (Html) figure.getChildren().filter(Html.class::isInstance).findFirst().orElseThrow();
        Document page = Jsoup.parseBodyFragment(html.getInnerHtml());
        Element table = page.selectFirst("table.chart-data");
        return new ChartTables(page.select("svg > title").text(), table.select("caption").text(),
                table.select("thead th").eachText(),
                table.select("tbody tr").stream().map(row -> row.select("th, td").eachText()).toList());
    }

    /** The row of a category (a day, a week, an office). */
    public List<String> row(String category) {
        return rows.stream().filter(row -> row.getFirst().equals(category)).findFirst().orElseThrow();
    }
}
