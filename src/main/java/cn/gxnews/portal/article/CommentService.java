package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.article.repository.CommentRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Threaded comments on an article, for its author and the editors of its office: whoever may see the article
 * may comment and reply; the comment's writer or an editor marks a thread resolved.
 */
@Service
public class CommentService {

    public static final int MAX_LENGTH = 4000;
    /** Authors and editors, and the company's publishers who review articles of every office. */
    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "', '"
            + Roles.PUBLISHER + "')";

    private final CommentRepository comments;
    private final ArticleService articles;
    private final CurrentUser currentUser;

    CommentService(CommentRepository comments, ArticleService articles, CurrentUser currentUser) {
        this.comments = comments;
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Comment> comments(ArticleId id) {
        articles.find(id);
        return comments.findByArticle(id);
    }

    /** @param parentId the comment this one replies to, or {@code null} for a new thread */
    @PreAuthorize(STAFF)
    @Transactional
    public Comment add(ArticleId id, @Nullable Long parentId, String body) {
        Article article = articles.find(id);
        String text = body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new CommentLengthException();
        }
        PlainText.check("comments.heading", text, true);
        if (parentId != null && comments.findOwner(parentId).filter(o -> o.articleId().equals(id)).isEmpty()) {
            throw new ArticleNotFoundException(id);
        }
        long commentId = comments.insert(article.id(), parentId, currentUser.require().id(), text);
        return comments.findByArticle(id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
    }

    /** Marks a comment resolved ({@code true}) or open again. */
    @PreAuthorize(STAFF)
    @Transactional
    public void setResolved(ArticleId id, long commentId, boolean resolved) {
        articles.find(id);
        StaffMember actor = currentUser.require();
        var owner = comments.findOwner(commentId).filter(o -> o.articleId().equals(id))
                .orElseThrow(() -> new ArticleNotFoundException(id));
        if (owner.authorId() != actor.id() && !actor.hasRole(StaffRole.EDITOR)) {
            throw new NotAllowedException("error.comment.resolveNotAllowed");
        }
        comments.setResolved(commentId, resolved ? actor.id() : null);
    }
}
