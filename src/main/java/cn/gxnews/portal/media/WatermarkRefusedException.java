package cn.gxnews.portal.media;

import cn.gxnews.portal.base.PortalException;

/** A watermark setting the portal cannot use: the message says what is wrong with it. */
public class WatermarkRefusedException extends PortalException {

    public WatermarkRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
