package cn.gxnews.portal.office;

import cn.gxnews.portal.base.PortalException;

/** A change to an office's details cannot be made; the message key says why. */
public class OfficeRefusedException extends PortalException {

    public OfficeRefusedException(String messageKey) {
        super(messageKey);
    }
}
