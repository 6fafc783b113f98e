package cn.gxnews.portal.section;

import cn.gxnews.portal.base.PortalException;

/** A section cannot be saved as given; {@link #field()} names the input concerned (slug, nameZh, nameEn) or "". */
public class SectionRefusedException extends PortalException {

    private final String field;

    SectionRefusedException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
