package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.media.StoredPhoto;
import cn.gxnews.portal.article.ArticleDiff;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleMerge;
import cn.gxnews.portal.article.ArticleMerge.BlockConflict;
import cn.gxnews.portal.article.ArticleMerge.Conflict;
import cn.gxnews.portal.article.ArticleMerge.CoverConflict;
import cn.gxnews.portal.article.ArticleMerge.Side;
import cn.gxnews.portal.article.ArticleMerge.TextConflict;
import cn.gxnews.portal.article.Block;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The writer's text is older than the latest saved one (a stale save, or an autosave typed on an older
 * version). Shows what others changed and what the writer changed, merges what does not collide
 * ({@link ArticleMerge}), and for each place both changed shows the two versions side by side and asks which
 * to keep. Nothing is carried over until every conflict is decided; then the merged text goes into the editor,
 * on top of the latest version, for the writer to check and save. Or the writer takes the latest text as it is.
 */
class MergeDialog extends Dialog {

    private final ArticleMerge merge;
    private final List<RadioButtonGroup<Side>> choices = new ArrayList<>();
    private final Paragraph undecided = new Paragraph();
    private final Button keepMine = new Button();

    /**
     * @param base       what the writer started from, or {@code null} if that is not known any more
     * @param keepMine   receives the merged text once every conflict is decided
     * @param takeLatest drops the writer's changes for the latest text
     */
    MergeDialog(String explanation, @Nullable ArticleDraft base, ArticleDraft mine, ArticleDraft latest,
                Consumer<ArticleDraft> keepMine, Runnable takeLatest) {
        this.merge = ArticleMerge.of(base, mine, latest);
        addClassName("merge-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("60rem");
        add(new Paragraph(explanation));
        if (base == null) {
            add(new Paragraph(getTranslation("conflict.diff")), new DiffView(ArticleDiff.between(latest, mine)));
        } else {
            add(new H4(getTranslation("merge.theirChanges")), new DiffView(ArticleDiff.between(base, latest)));
            add(new H4(getTranslation("merge.myChanges")), new DiffView(ArticleDiff.between(base, mine)));
        }
        if (merge.hasConflicts()) {
            add(new H4(getTranslation("merge.conflicts", merge.conflicts().size())));
            merge.conflicts().forEach(conflict -> add(conflict(conflict)));
        } else {
            add(new Paragraph(getTranslation(base == null ? "merge.same" : "merge.noConflicts")));
        }

        this.keepMine.setText(getTranslation("conflict.keepMine"));
        this.keepMine.addThemeVariants(ButtonVariant.PRIMARY);
        this.keepMine.addClickListener(click -> {
            List<Side> picked = choices.stream().map(RadioButtonGroup::getValue).toList();
            if (picked.stream().anyMatch(Objects::isNull)) {
                return;
            }
            close();
            keepMine.accept(merge.resolve(picked));
        });
        Button takeLatestButton = new Button(getTranslation("conflict.takeLatest"), click -> {
            close();
            takeLatest.run();
        });
        undecided.addClassName("merge-undecided");
        add(undecided);
        getFooter().add(takeLatestButton, this.keepMine);
        showUndecided();
    }

    /** One place both changed: the two versions side by side, and the writer's choice. */
    private Component conflict(Conflict conflict) {
        Div mine = side("merge.mine", "merge-mine");
        Div theirs = side("merge.theirs", "merge-theirs");
        String label = switch (conflict) {
            case TextConflict text -> {
                mine.add(text(text.mine()));
                theirs.add(text(text.theirs()));
                yield getTranslation(text.field() == ArticleMerge.TextField.TITLE ? "article.title" : "article.summary");
            }
            case CoverConflict cover -> {
                mine.add(cover(cover.mine()));
                theirs.add(cover(cover.theirs()));
                yield getTranslation("cover.label");
            }
            case BlockConflict block -> {
                block(mine, block.mine());
                block(theirs, block.theirs());
                yield getTranslation("merge.block", block.position());
            }
        };
        RadioButtonGroup<Side> choice = new RadioButtonGroup<>(label);
        choice.setItems(Side.MINE, Side.THEIRS);
        choice.setItemLabelGenerator(side -> getTranslation("merge.pick." + side.name()));
        choice.setRequiredIndicatorVisible(true);
        choice.addValueChangeListener(change -> showUndecided());
        choices.add(choice);
        Div sides = new Div(mine, theirs);
        sides.addClassName("merge-sides");
        Div box = new Div(sides, choice);
        box.addClassName("merge-conflict");
        return box;
    }

    private Div side(String headingKey, String className) {
        Span heading = new Span(getTranslation(headingKey));
        heading.addClassName("merge-side-heading");
        Div side = new Div(heading);
        side.addClassName(className);
        return side;
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("merge-text");
        return paragraph;
    }

    private Component cover(@Nullable String sha256) {
        if (sha256 == null) {
            return text(getTranslation("merge.noCover"));
        }
        Image image = new Image(StoredPhoto.url(sha256, 320), getTranslation("cover.label"));
        image.setWidth("120px");
        return image;
    }

    /** A block as the writer knows it: its text (a photo's caption after ▲) and the photo itself. */
    private void block(Div side, @Nullable Block block) {
        if (block == null) {
            side.add(text(getTranslation("merge.deleted")));
            return;
        }
        if (block instanceof Block.Photo photo) {
            if (photo.mediaSha256() != null) {
                Image image = new Image(StoredPhoto.url(photo.mediaSha256(), 320), photo.alt());
                image.setWidth("120px");
                side.add(image);
            }
            side.add(text(ArticleDraft.CAPTION_MARK + photo.caption()));
        } else {
            side.add(text(block.text()));
        }
    }

    /** Carrying over waits until every conflict is decided, and says how many are left. */
    private void showUndecided() {
        long left = choices.stream().filter(choice -> choice.getValue() == null).count();
        undecided.setText(getTranslation("merge.undecided", left));
        undecided.setVisible(left > 0);
        keepMine.setEnabled(left == 0);
    }
}
