package cn.gxnews.portal.base;

/** Writing CSV that spreadsheet programs read correctly and safely. */
public final class Csv {

    /** A UTF-8 byte-order mark: spreadsheet programs then read Chinese text correctly. */
    public static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** Quotes a field, and defuses text a spreadsheet would run as a formula. */
    public static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
