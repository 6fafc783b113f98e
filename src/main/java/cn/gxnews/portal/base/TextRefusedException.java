package cn.gxnews.portal.base;

/**
 * A field holds a character the portal does not store (see {@link PlainText}). The message names the field, the
 * character's position and its code, so that the writer can find a character they cannot see.
 */
public class TextRefusedException extends PortalException {

    private final String field;

    TextRefusedException(String field, int position, String code) {
        super("error.text.refused", new MessageKey(field), position, code);
        this.field = field;
    }

    /** The message key of the refused field's label, e.g. {@code article.title}. */
    public String field() {
        return field;
    }
}
