package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.media.StoredPhoto;
import cn.gxnews.portal.article.ArticleDiff;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.ArticleDiff.BlockChange;
import cn.gxnews.portal.article.ArticleDiff.FieldChange;
import cn.gxnews.portal.article.ArticleDiff.Segment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Shows an editor what changed between two revisions: inserted and deleted characters marked inside each
 * paragraph, unchanged paragraphs muted but kept for context. Built from text components only, so whatever
 * the writer typed is never interpreted as HTML.
 */
public class DiffView extends Div {

    public DiffView(ArticleDiff diff) {
        addClassName("article-diff");
        if (diff.isEmpty()) {
            add(new Paragraph(getTranslation("diff.none")));
            return;
        }
        add(legend());
        field("diff.title", diff.title());
        field("diff.summary", diff.summary());
        if (!diff.body().isEmpty()) {
            add(new H4(getTranslation("diff.body")));
            diff.body().forEach(block -> add(block(block)));
        }
    }

    private Div legend() {
        Span added = new Span(getTranslation("diff.legend.added"));
        added.addClassName("diff-ins");
        Span removed = new Span(getTranslation("diff.legend.removed"));
        removed.addClassName("diff-del");
        Div legend = new Div(added, removed);
        legend.addClassName("diff-legend");
        return legend;
    }

    private void field(String labelKey, FieldChange change) {
        if (change.changed()) {
            Div text = segments(change.segments());
            text.addClassName("diff-field");
            add(new H4(getTranslation(labelKey)), text);
        }
    }

    private static Div block(BlockChange block) {
        Div div = segments(block.segments());
        div.addClassNames("diff-block", switch (block.kind()) {
            case UNCHANGED -> "diff-unchanged";
            case ADDED -> "diff-added";
            case REMOVED -> "diff-removed";
            case CHANGED -> "diff-changed";
        });
        if (block.isCaption()) {
            div.addClassName("diff-caption");
        }
        if (block.photoReplaced() || block.kind() == ArticleDiff.ChangeKind.ADDED
                || block.kind() == ArticleDiff.ChangeKind.REMOVED) {
            Div pictures = new Div();
            pictures.addClassName("diff-photos");
            thumbnail(block.before(), "diff-photo-before").ifPresent(pictures::add);
            thumbnail(block.after(), "diff-photo-after").ifPresent(pictures::add);
            if (pictures.getComponentCount() > 0) {
                div.addComponentAsFirst(pictures);
            }
        }
        return div;
    }

    /** A small picture of a photo block's image, when it has one. */
    private static java.util.Optional<Image> thumbnail(@Nullable Block block, String className) {
        if (block instanceof Block.Photo photo && photo.mediaSha256() != null) {
            Image image = new Image(StoredPhoto.url(photo.mediaSha256(), 320), photo.alt());
            image.addClassName(className);
            image.setWidth("120px");
            return java.util.Optional.of(image);
        }
        return java.util.Optional.empty();
    }

    private static Div segments(List<Segment> segments) {
        Div div = new Div();
        for (Segment segment : segments) {
            Span span = new Span(segment.text());
            span.addClassName(switch (segment.kind()) {
                case SAME -> "diff-same";
                case INSERTED -> "diff-ins";
                case DELETED -> "diff-del";
            });
            div.add(span);
        }
        return div;
    }
}
