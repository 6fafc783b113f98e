package cn.gxnews.portal.article;

/**
 * One pair of the standard-wording list (规范用语): a wrong form, the right one, why (optional), and whether the
 * wrong form only draws a warning or keeps the article from being submitted.
 */
public record StandardWording(String wrong, String right, String note, Severity severity) {

    public static final int MAX_LENGTH = 50;
    public static final int NOTE_MAX = 200;

    public enum Severity {
        /** shown to the writer with its replacement; submission goes ahead */
        WARN,
        /** shown likewise, and submission and approval are refused while it is in the text */
        BLOCK
    }

    public StandardWording {
        wrong = wrong.strip();
        right = right.strip();
        note = note.strip();
    }
}
