package cn.gxnews.portal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbers of one chart: categories along the bottom (days, weeks, offices) and one or more series of values,
 * with the words a reader needs (title, what the categories are, the unit). The same numbers are drawn as SVG
 * ({@link SvgChart}), shown as a table for screen readers, and written as CSV, so the three never disagree.
 *
 * @param title            what the chart shows, e.g. "views per day"
 * @param categoryHeading  what the categories are, e.g. "day": the first column of the table and CSV
 * @param categories       the labels along the bottom, in order
 * @param series           the values, one per category each
 * @param kind             bars side by side, or lines
 */
public record Chart(String title, String categoryHeading, List<String> categories, List<Series> series, Kind kind) {

    /** Bars suit a few categories (offices, weeks); lines suit many (days). */
    public enum Kind { BAR, LINE }

    /** One set of values with its name, e.g. an office's views per day. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series each : series) {
            if (each.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + each.name() + " has " + each.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Whether there is anything to draw: a chart of only zeros still is, one without categories is not. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    /** The table's header row: the category heading, then each series' name. */
    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(categoryHeading);
        series.forEach(each -> headers.add(each.name()));
        return headers;
    }

    /** The table's rows: one per category, its label then each series' value as text. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series each : series) {
                row.add(number(each.values().get(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes the table as CSV (with the byte-order mark spreadsheet programs need for Chinese). */
    public void writeCsv(Writer out) {
        try {
            List<List<String>> rows = rows();
            Csv.write(out, headers(), (offset, limit) -> rows.subList(Math.min(offset, rows.size()),
                    Math.min(offset + limit, rows.size())), row -> row);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as a reader reads it: whole numbers without decimals, others with one. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
