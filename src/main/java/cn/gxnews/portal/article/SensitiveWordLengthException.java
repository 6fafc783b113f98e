package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

/** A sensitive word to add was empty or longer than {@link SensitiveWordService#MAX_LENGTH}. */
public class SensitiveWordLengthException extends PortalException {

    SensitiveWordLengthException() {
        super("error.sensitiveWord.length");
    }
}
