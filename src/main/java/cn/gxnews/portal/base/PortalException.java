package cn.gxnews.portal.base;

import java.util.Arrays;

/**
 * A refusal the user should read in their own language: carries a message key of the i18n bundles and its
 * arguments, so that views can show it without knowing every kind of failure.
 */
public abstract class PortalException extends RuntimeException {

    private final String messageKey;
    private final Object[] messageArgs;

    protected PortalException(String messageKey, Object... messageArgs) {
        super(messageKey + Arrays.toString(messageArgs));
        this.messageKey = messageKey;
        this.messageArgs = messageArgs.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArgs() {
        return messageArgs.clone();
    }
}
