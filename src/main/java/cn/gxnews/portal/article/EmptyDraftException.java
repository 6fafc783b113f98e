package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

/** Nothing was typed, so there is no draft to create: an empty editor never leaves an untitled draft behind. */
public class EmptyDraftException extends PortalException {

    public EmptyDraftException() {
        super("error.draft.empty");
    }
}
