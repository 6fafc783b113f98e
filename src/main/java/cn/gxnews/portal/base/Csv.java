package cn.gxnews.portal.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writing CSV that spreadsheet programs read correctly and safely. */
public final class Csv {

    /** A UTF-8 byte-order mark: spreadsheet programs then read Chinese text correctly. */
    public static final char BOM = '\uFEFF';
    /** How many rows an export reads from the database at a time. */
    static final int PAGE = 1000;

    /** One page of the rows to export. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> read(int offset, int limit);
    }

    private Csv() {
    }

    /** Quotes a field, and defuses text a spreadsheet would run as a formula. */
    public static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes a whole CSV file: the byte-order mark, the header row, then every row, read page by page until a
     * page comes back short, each turned into its fields by {@code fields}.
     */
    public static <T> void write(Writer out, List<String> headers, Pages<T> pages, Function<T, List<String>> fields)
            throws IOException {
        out.write(BOM);
        out.write(line(headers));
        for (int offset = 0; ; offset += PAGE) {
            List<T> page = pages.read(offset, PAGE);
            for (T row : page) {
                out.write(line(fields.apply(row)));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }
}
