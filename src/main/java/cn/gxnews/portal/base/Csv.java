package cn.gxnews.portal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writing CSV that spreadsheet programs read correctly and safely, and reading it back. */
public final class Csv {

    /** A UTF-8 byte-order mark: spreadsheet programs then read Chinese text correctly. */
    public static final char BOM = '\uFEFF';
    /** How many rows an export reads from the database at a time. */
    public static final int BATCH = 1000;

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
     * page comes back short, each turned into its fields by {@code fields}. For exports of a few thousand rows:
     * each page's offset makes the database walk past every row before it, so an export that can be large
     * reads one query instead ({@link #export}).
     */
    public static <T> void write(Writer out, List<String> headers, Pages<T> pages, Function<T, List<String>> fields)
            throws IOException {
        out.write(BOM);
        out.write(line(headers));
        for (int offset = 0; ; offset += BATCH) {
            List<T> page = pages.read(offset, BATCH);
            for (T row : page) {
                out.write(line(fields.apply(row)));
            }
            if (page.size() < BATCH) {
                break;
            }
        }
    }

    /**
     * Writes a whole CSV file from a stream as {@link #write(Writer, List, Stream, Function)} does, then closes the
     * stream (a cursor's, say) and flushes the writer; a failure to write is thrown as an unchecked exception.
     */
    public static <T> void export(Writer out, List<String> headers, Stream<T> rows, Function<T, List<String>> fields) {
        try (rows) {
            write(out, headers, rows, fields);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a whole CSV file: the byte-order mark, the header row, then every row of the stream in order (for
     * example a query read through a cursor), each turned into its fields by {@code fields}.
     */
    public static <T> void write(Writer out, List<String> headers, Stream<T> rows, Function<T, List<String>> fields)
            throws IOException {
        out.write(BOM);
        out.write(line(headers));
        for (T row : (Iterable<T>) rows::iterator) {
            out.write(line(fields.apply(row)));
        }
    }

    /**
     * Reads a CSV file (RFC 4180: fields in double quotes may hold commas, quotes doubled and line breaks) into
     * its rows. A byte-order mark is dropped, and so is the apostrophe {@link #field} put before text a
     * spreadsheet would run as a formula, so that an exported file reads back as it was. Blank lines are kept as
     * rows with one empty field, so that row numbers match what a spreadsheet program shows.
     */
    public static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(unquoted(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(unquoted(field, wasQuoted));
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
            row.add(unquoted(field, wasQuoted));
            rows.add(row);
        }
        return rows;
    }

    private static String unquoted(StringBuilder field, boolean wasQuoted) {
        String value = field.toString();
        if (wasQuoted && value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }
}
