package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PortalException;

/** An account change an administrator asked for cannot be made; the message key says why. */
public class AccountRefusedException extends PortalException {

    public AccountRefusedException(String messageKey) {
        super(messageKey);
    }
}
