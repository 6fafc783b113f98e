package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

/**
 * A pair of the standard-wording list cannot be kept as given; {@link #field()} names the input it concerns
 * ({@code wrong}, {@code right} or {@code note}) so that the desk marks it there.
 */
public class StandardWordingRefusedException extends PortalException {

    private final String field;

    StandardWordingRefusedException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
