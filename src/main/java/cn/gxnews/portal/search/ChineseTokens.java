package cn.gxnews.portal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The words search works with, for Chinese as well as Latin text. Chinese has no spaces between words and most
 * words are two characters, so a text is indexed under every Han character and every overlapping pair of
 * characters; a query then needs all of its pairs, which finds a phrase of any length without a dictionary.
 * Latin letters and digits form ordinary lower-cased words. Both sides are NFKC-normalised first, so full-width
 * {@code ＬＤＫ１２３} and {@code ldk123} are the same word. Pure functions, no state.
 */
public final class ChineseTokens {

    private ChineseTokens() {
    }

    /** Every term a text is indexed under, in text order, repeats kept. */
    public static List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Run run : runs(text)) {
            if (run.han()) {
                int[] characters = run.text().codePoints().toArray();
                for (int i = 0; i < characters.length; i++) {
                    terms.add(Character.toString(characters[i]));
                    if (i + 1 < characters.length) {
                        terms.add(new String(characters, i, 2));
                    }
                }
            } else {
                terms.add(run.text());
            }
        }
        return terms;
    }

    /**
     * What a document must contain to match the query: a single Han character itself, each pair of characters
     * of a longer run of Han characters, and each Latin word; without repeats, in query order.
     */
    public static List<String> queryTerms(String query) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (Run run : runs(query)) {
            if (run.han()) {
                int[] characters = run.text().codePoints().toArray();
                if (characters.length == 1) {
                    terms.add(run.text());
                }
                for (int i = 0; i + 1 < characters.length; i++) {
                    terms.add(new String(characters, i, 2));
                }
            } else {
                terms.add(run.text());
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The query's runs of Han characters and its Latin words, normalised as the index sees them: what a result
     * shows marked. A run of Chinese is marked as a whole ("消防演练"), not pair by pair.
     */
    public static List<String> queryPhrases(String query) {
        LinkedHashSet<String> phrases = new LinkedHashSet<>();
        runs(query).forEach(run -> phrases.add(run.text()));
        return List.copyOf(phrases);
    }

    /**
     * Whether the code point is a Han ideograph, in any of the CJK blocks including the extensions beyond the
     * Basic Multilingual Plane (and 〇 and 々, which Chinese text uses as characters).
     */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                && (Character.isIdeographic(codePoint) || Character.isLetter(codePoint));
    }

    /** Normalised text split into runs of Han characters and lower-cased words of other letters and digits. */
    private static List<Run> runs(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentHan = false;
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            boolean han = isHan(c);
            boolean word = !han && (Character.isLetterOrDigit(c) || isMark(c) && !current.isEmpty() && !currentHan);
            if ((han || word) && !current.isEmpty() && han == currentHan) {
                current.appendCodePoint(c);
                continue;
            }
            if (!current.isEmpty()) {
                runs.add(new Run(current.toString(), currentHan));
                current.setLength(0);
            }
            if (han || word) {
                current.appendCodePoint(c);
                currentHan = han;
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentHan));
        }
        return runs.stream().map(run -> run.han() ? run : new Run(run.text().toLowerCase(Locale.ROOT), false)).toList();
    }

    /** A combining mark that NFKC could not fold into its letter: part of the word it follows. */
    static boolean isMark(int c) {
        // No combining mark comes before U+0300, nor among the CJK Unified Ideographs: most of the news.
        if (c < 0x300 || c >= 0x4E00 && c <= 0x9FFF) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private record Run(String text, boolean han) {
    }
}
