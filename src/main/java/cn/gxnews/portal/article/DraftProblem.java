package cn.gxnews.portal.article;

/**
 * One thing that keeps a draft from being stored, submitted or approved, with what the writer reads about it and
 * the part of the editor it concerns, so that the desk marks the right field without reading message keys.
 */
public enum DraftProblem {

    TITLE_MISSING(Field.TITLE, "error.draft.titleMissing"),
    TITLE_TOO_LONG(Field.TITLE, "error.draft.titleTooLong"),
    TITLE_CHARACTERS(Field.TITLE, "error.draft.titleCharacters"),
    SUMMARY_MISSING(Field.SUMMARY, "error.draft.summaryMissing"),
    SUMMARY_TOO_LONG(Field.SUMMARY, "error.draft.summaryTooLong"),
    SUMMARY_CHARACTERS(Field.SUMMARY, "error.draft.summaryCharacters"),
    BODY_MISSING(Field.BODY, "error.draft.bodyMissing"),
    BODY_CHARACTERS(Field.BODY, "error.draft.bodyCharacters"),
    PHOTO_MISSING(Field.BODY, "error.draft.photoMissing"),
    CAPTION_MISSING(Field.PHOTO_CAPTION, "error.draft.captionMissing"),
    ALT_MISSING(Field.PHOTO_ALT, "error.draft.altMissing"),
    SENSITIVE_WORDS(Field.WHOLE_TEXT, "error.draft.sensitiveWords"),
    /** a wrong form of a "block" pair of the standard-wording list; the message names them ({0}) */
    STANDARD_WORDING(Field.WORDING, "error.draft.standardWording");

    /** Where in the editor a problem shows. */
    public enum Field {
        TITLE, SUMMARY, BODY,
        /** the caption of each photo block that has none */
        PHOTO_CAPTION,
        /** the alt text of each photo block that has none */
        PHOTO_ALT,
        /** anywhere in the text: the writer is shown each place */
        WHOLE_TEXT,
        /** wrong forms of the standard-wording list anywhere in the text: each place with its replacement */
        WORDING
    }

    private final Field field;
    private final String messageKey;

    DraftProblem(Field field, String messageKey) {
        this.field = field;
        this.messageKey = messageKey;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
