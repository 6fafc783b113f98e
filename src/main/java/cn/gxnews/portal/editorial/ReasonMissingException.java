package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.PortalException;

/** An article is sent back only with a reason: the author must learn what to change. */
public class ReasonMissingException extends PortalException {

    ReasonMissingException() {
        super("error.changes.reasonRequired");
    }
}
