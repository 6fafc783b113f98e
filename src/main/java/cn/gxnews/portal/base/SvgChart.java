package cn.gxnews.portal.base;

import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as an SVG image on the server (decision 0028: Vaadin Charts is a paid component, and the
 * charting libraries that resolve here draw to Java2D, not SVG). The image carries its title ({@code <title>},
 * named by {@code aria-labelledby}) and each bar or point its value as a tooltip; the numbers themselves are for
 * screen readers in the table that goes with it. It scales to its container: no fixed width.
 */
public final class SvgChart {

    public static final int WIDTH = 640;
    static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 64;
    private static final int MAX_LABELS = 8;
    /** Colours that stay apart for the common colour blindnesses and print well in grey. */
    static final List<String> COLOURS = List.of("#1565c0", "#e65100", "#2e7d32", "#6a1b9a", "#c62828");

    private SvgChart() {
    }

    /** @param id unique on the page: the title's element id is derived from it */
    public static String svg(Chart chart, String id) {
        StringBuilder svg = new StringBuilder();
        String titleId = id + "-title";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(escape(titleId))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" style=\"width:100%;height:auto;max-width:").append(WIDTH).append("px\" font-size=\"11\"")
                .append(" font-family=\"sans-serif\">");
        svg.append("<title id=\"").append(escape(titleId)).append("\">").append(escape(chart.title())).append("</title>");
        boolean whole = chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
        double largest = chart.series().stream().flatMap(s -> s.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double max = whole ? niceWholeMax(largest) : niceMax(largest);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        // the value axis: five lines with their values
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = baseline - plotHeight * tick / 4.0;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(coordinate(y)).append("\" y2=\"").append(coordinate(y))
                    .append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(coordinate(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#444\">").append(Chart.number(value)).append("</text>");
        }
        int count = chart.categories().size();
        double slot = count == 0 ? plotWidth : (double) plotWidth / count;
        int every = Math.max(1, (int) Math.ceil(count / (double) MAX_LABELS));
        for (int i = 0; i < count; i++) {
            // counted back from the last category, so that the latest (today, this week) is always named
            if ((count - 1 - i) % every == 0) {
                svg.append("<text x=\"").append(coordinate(LEFT + slot * (i + 0.5))).append("\" y=\"")
                        .append(baseline + 16).append("\" text-anchor=\"middle\" fill=\"#444\">")
                        .append(escape(chart.categories().get(i))).append("</text>");
            }
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            String colour = COLOURS.get(s % COLOURS.size());
            if (chart.kind() == Chart.Kind.BAR) {
                double barWidth = slot * 0.8 / chart.series().size();
                for (int i = 0; i < count; i++) {
                    double value = series.values().get(i);
                    double height = max == 0 ? 0 : plotHeight * value / max;
                    double x = LEFT + slot * i + slot * 0.1 + barWidth * s;
                    svg.append("<rect x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(baseline - height))
                            .append("\" width=\"").append(coordinate(barWidth)).append("\" height=\"")
                            .append(coordinate(height)).append("\" fill=\"").append(colour).append("\">")
                            .append(tooltip(chart, series, i)).append("</rect>");
                }
            } else {
                StringBuilder points = new StringBuilder();
                StringBuilder dots = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    double value = series.values().get(i);
                    double x = LEFT + slot * (i + 0.5);
                    double y = baseline - (max == 0 ? 0 : plotHeight * value / max);
                    points.append(points.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
                    dots.append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
                            .append("\" r=\"3\" fill=\"").append(colour).append("\">").append(tooltip(chart, series, i))
                            .append("</circle>");
                }
                svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                        .append(points).append("\"/>").append(dots);
            }
        }
        // the legend, one entry per series, along the bottom
        double legendX = LEFT;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            svg.append("<rect x=\"").append(coordinate(legendX)).append("\" y=\"").append(HEIGHT - 22)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(COLOURS.get(s % COLOURS.size()))
                    .append("\"/><text x=\"").append(coordinate(legendX + 16)).append("\" y=\"").append(HEIGHT - 12)
                    .append("\" fill=\"#222\">").append(escape(name)).append("</text>");
            legendX += 28 + name.codePoints().map(c -> c > 0x2E80 ? 11 : 7).sum();
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * The top of the value axis: four times a step of 1, 2, 2.5 or 5 times a power of ten, the smallest that
     * reaches the largest value, so the four grid lines fall on round numbers.
     */
    static double niceMax(double largest) {
        if (largest <= 0) {
            return 4;
        }
        double quarter = largest / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double step : new double[] {1, 2, 2.5, 5}) {
            if (step * magnitude >= quarter) {
                return 4 * step * magnitude;
            }
        }
        return 40 * magnitude;
    }

    /** For counts: the grid lines fall on whole numbers (1, 2, 5 times a power of ten apart, at least 1). */
    static double niceWholeMax(double largest) {
        double quarter = Math.max(1, largest / 4);
        double magnitude = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double step : new double[] {1, 2, 5}) {
            if (step * magnitude >= quarter) {
                return 4 * step * magnitude;
            }
        }
        return 40 * magnitude;
    }

    private static String tooltip(Chart chart, Chart.Series series, int index) {
        return "<title>" + escape(series.name() + " · " + chart.categories().get(index) + ": "
                + Chart.number(series.values().get(index))) + "</title>";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
