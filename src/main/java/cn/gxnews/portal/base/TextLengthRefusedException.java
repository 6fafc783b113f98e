package cn.gxnews.portal.base;

/**
 * A text is empty where something must be said, or longer than its field allows: a comment, a sensitive word,
 * the reason for sending an article back. The message key says which, and the limits, in the reader's language.
 * (These were "draft incomplete" refusals before, though no draft was involved.)
 */
public class TextLengthRefusedException extends PortalException {

    public TextLengthRefusedException(String messageKey) {
        super(messageKey);
    }
}
