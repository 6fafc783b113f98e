package cn.gxnews.portal.base.ui;

import cn.gxnews.portal.base.Chart;
import cn.gxnews.portal.base.SvgChart;
import cn.gxnews.portal.base.Translations;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.web.util.HtmlUtils;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A chart in the desk: the SVG image drawn on the server, its numbers as a table that screen readers read (and
 * sighted readers do not see twice), and a link that downloads the same numbers as CSV.
 */
public class ChartFigure extends Div {

    /** Keeps the table in the page for screen readers while taking no room on screen. */
    static final String VISUALLY_HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
            + "overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0";

    /**
     * @param id       unique on the page, and the start of the CSV file's name
     * @param csvLabel the download link's text, in the reader's language
     */
    public ChartFigure(Chart chart, String id, String csvLabel) {
        addClassName("chart");
        setId(id);
        // as wide as the column, up to the image's own width; on a phone the image scales down
        setWidthFull();
        getStyle().set("position", "relative").set("max-width", SvgChart.WIDTH + "px");
        add(new Html("<figure style=\"margin:0;width:100%\"><figcaption style=\"font-weight:600\">" + escape(chart.title())
                + "</figcaption>" + SvgChart.svg(chart, id) + table(chart) + "</figure>"));
        Anchor csv = new Anchor(csv(chart, id), csvLabel);
        csv.addClassName("chart-csv");
        add(csv);
    }

    private static String table(Chart chart) {
        // a table grows to fit its cells whatever its width: the wrapper is what takes no room
        StringBuilder table = new StringBuilder("<div class=\"chart-table\" style=\"" + VISUALLY_HIDDEN
                + "\"><table class=\"chart-data\"><caption>")
                .append(escape(chart.title())).append("</caption><thead><tr>");
        for (String header : chart.headers()) {
            table.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        table.append("</tr></thead><tbody>");
        for (var row : chart.rows()) {
            table.append("<tr><th scope=\"row\">").append(escape(row.getFirst())).append("</th>");
            for (String cell : row.subList(1, row.size())) {
                table.append("<td>").append(escape(cell)).append("</td>");
            }
            table.append("</tr>");
        }
        return table.append("</tbody></table></div>").toString();
    }

    private static DownloadHandler csv(Chart chart, String id) {
        return event -> {
            event.setFileName(id + "-" + LocalDate.now(Translations.ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                chart.writeCsv(out);
            }
        };
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
