package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.base.TextRefusedException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Comment;
import cn.gxnews.portal.article.CommentLengthException;
import cn.gxnews.portal.article.CommentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The comment threads of one article, shown to its author (in the editor) and to editors (on the review
 * screen): write a comment, reply to one, mark a thread resolved or open it again.
 */
public class CommentsPanel extends Div {

    private final CommentService comments;
    private final ArticleId articleId;
    private final Div threads = new Div();

    public CommentsPanel(CommentService comments, ArticleId articleId) {
        this.comments = comments;
        this.articleId = articleId;
        addClassName("comments");
        TextArea text = new TextArea(getTranslation("comments.new"));
        text.setWidthFull();
        text.setMaxLength(CommentService.MAX_LENGTH);
        Button send = new Button(getTranslation("comments.send"), click -> {
            if (post(null, text)) {
                text.clear();
            }
        });
        add(new H3(getTranslation("comments.heading")), threads, text, send);
        refresh();
    }

    private void refresh() {
        threads.removeAll();
        List<Comment> all = comments.comments(articleId);
        if (all.isEmpty()) {
            threads.add(new Paragraph(getTranslation("comments.none")));
        }
        all.stream().filter(c -> c.parentId() == null).forEach(top -> threads.add(thread(top, all)));
    }

    private Div thread(Comment top, List<Comment> all) {
        Div thread = new Div(comment(top));
        thread.addClassName("comment-thread");
        if (top.resolved()) {
            thread.addClassName("comment-resolved");
        }
        all.stream().filter(c -> Long.valueOf(top.id()).equals(c.parentId()))
                .forEach(reply -> {
                    Div shown = comment(reply);
                    shown.addClassName("comment-reply");
                    thread.add(shown);
                });
        TextArea reply = new TextArea();
        reply.setPlaceholder(getTranslation("comments.reply"));
        reply.setAriaLabel(getTranslation("comments.reply"));
        reply.setWidthFull();
        reply.setMaxLength(CommentService.MAX_LENGTH);
        Button send = new Button(getTranslation("comments.sendReply"), click -> post(top.id(), reply));
        send.addThemeVariants(ButtonVariant.SMALL);
        Button resolve = new Button(getTranslation(top.resolved() ? "comments.reopen" : "comments.resolve"),
                click -> resolve(top));
        resolve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        thread.add(reply, new HorizontalLayout(send, resolve));
        return thread;
    }

    private Div comment(Comment comment) {
        Span meta = new Span(getTranslation("comments.meta", comment.authorName(),
                Translations.formatDateTime(comment.createdAt())));
        meta.addClassName("comment-meta");
        Div shown = new Div(meta, new Paragraph(comment.body()));
        shown.addClassName("comment");
        if (comment.resolved()) {
            Span resolved = new Span(getTranslation("comments.resolvedBy", comment.resolvedByName()));
            resolved.addClassName("comment-resolved-note");
            shown.add(resolved);
        }
        return shown;
    }

    /** @return whether the comment was posted */
    private boolean post(@Nullable Long parentId, TextArea text) {
        try {
            comments.add(articleId, parentId, text.getValue());
            refresh();
            return true;
        } catch (CommentLengthException | TextRefusedException e) {
            // the text is refused: said on its field, which keeps it
            text.setErrorMessage(Notices.message(e));
            text.setInvalid(true);
            return false;
        }
    }

    private void resolve(Comment comment) {
        comments.setResolved(articleId, comment.id(), !comment.resolved());
        refresh();
    }
}
