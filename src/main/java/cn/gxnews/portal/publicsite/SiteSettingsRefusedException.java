package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PortalException;

/** A change of the site settings cannot be made; the message key says why, the field which input is wrong. */
public class SiteSettingsRefusedException extends PortalException {

    private final String field;

    SiteSettingsRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The message key of the refused field's label, e.g. {@code siteSettings.icpNumber}; empty for the whole form. */
    public String field() {
        return field;
    }
}
