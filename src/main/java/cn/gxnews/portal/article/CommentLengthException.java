package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

/** A comment was empty or longer than {@link CommentService#MAX_LENGTH}: it concerns the text being posted. */
public class CommentLengthException extends PortalException {

    CommentLengthException() {
        super("error.comment.length");
    }
}
