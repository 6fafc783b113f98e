package cn.gxnews.portal.base;


/** The signed-in member may see the article but not do this to it (or not in its current state). */
public class NotAllowedException extends PortalException {

    public NotAllowedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
