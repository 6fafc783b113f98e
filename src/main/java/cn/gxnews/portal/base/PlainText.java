package cn.gxnews.portal.base;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * The one rule for what text the portal accepts from staff, and the one filter for text it sends out
 * (decision 0015). Accepted: every character of Unicode except control characters (C0, DEL, C1), lone
 * surrogates and noncharacters; a line break ({@code \n}, {@code \r}) or a tab only in a field that holds
 * several lines. Such characters are invisible, mean nothing in a news text, and break what carries the text
 * on (a NUL is refused by PostgreSQL, U+0008 makes an Atom feed unreadable XML for every reader).
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Whether the character may be stored in a field.
     *
     * @param lineBreaks whether the field holds several lines (then {@code \n}, {@code \r} and tabs are allowed)
     */
    public static boolean allowed(int codePoint, boolean lineBreaks) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return lineBreaks;
        }
        return printable(codePoint);
    }

    /** Whether any output may carry the character: no control characters but line breaks and tabs. */
    private static boolean printable(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            // String.codePointAt combines a pair, so a surrogate seen here stands alone
            return false;
        }
        return !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF) && (codePoint & 0xFFFE) != 0xFFFE;
    }

    /** The position (a {@code char} index) of the first character the field refuses, or -1 when it takes them all. */
    public static int firstRefused(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c, lineBreaks)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    public static boolean acceptable(String text, boolean lineBreaks) {
        return firstRefused(text, lineBreaks) < 0;
    }

    /**
     * Refuses text with a character the field does not take, naming the field, the character's position (from 1,
     * as a reader counts) and its code, since the character itself is invisible.
     *
     * @param field      the message key of the field's label, e.g. {@code article.title}
     * @param lineBreaks whether the field holds several lines
     * @throws TextRefusedException when the text has a refused character
     */
    public static void check(String field, @Nullable String text, boolean lineBreaks) {
        if (text == null) {
            return;
        }
        int at = firstRefused(text, lineBreaks);
        if (at >= 0) {
            throw new TextRefusedException(field, text.codePointCount(0, at) + 1, code(text.codePointAt(at)));
        }
    }

    /**
     * The text without the characters no output may carry (line breaks and tabs stay). For everything sent out:
     * text may have been stored before these checks existed, or written to the database by other means.
     *
     * @return the same string when it has nothing to drop
     */
    public static String printable(String text) {
        return printable(text, "");
    }

    /**
     * The text with each character no output may carry replaced, e.g. by U+FFFD where it matters that something
     * was there.
     *
     * @return the same string when it has nothing to replace
     */
    public static String printable(String text, String replacement) {
        int first = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                first = i;
                break;
            }
            i += Character.charCount(c);
        }
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (printable(c)) {
                kept.appendCodePoint(c);
            } else {
                kept.append(replacement);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }

    /** {@code U+000B}: how a character is named in a refusal. */
    static String code(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }
}
