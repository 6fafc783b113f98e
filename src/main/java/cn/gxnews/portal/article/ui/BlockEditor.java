package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.Block;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The article body as a list of blocks — paragraphs, subheadings, quotes and photos — that the writer adds,
 * edits, moves and deletes. A field of its own ({@link CustomField}), so that a form binds the body like any
 * other value and hears of every change the writer makes. Built from free Vaadin components only; no HTML is
 * ever typed or pasted in.
 */
class BlockEditor extends CustomField<List<Block>> {

    private final MediaService media;
    private final Div rows = new Div();
    private final Span problem = new Span();
    private final HorizontalLayout adders;
    private final List<Row> blocks = new ArrayList<>();
    /**
     * Move up, move down and delete, shown in the block being edited only (as block editors such as WordPress's
     * do): one set of controls instead of one per block keeps a long body light on the server.
     */
    private final Div controls = new Div();
    private @Nullable Row selected;

    BlockEditor(MediaService media) {
        super(List.of());
        this.media = media;
        setLabel(getTranslation("article.body"));
        setWidthFull();
        problem.addClassName("block-editor-problem");
        problem.setVisible(false);
        adders = new HorizontalLayout(
                adder("blocks.addParagraph", () -> new Block.Paragraph("")),
                adder("blocks.addHeading", () -> new Block.Heading("")),
                adder("blocks.addQuote", () -> new Block.Quote("")),
                adder("blocks.addPhoto", () -> new Block.Photo(null, "", "", "")),
                new Button(getTranslation("blocks.import"), VaadinIcon.CLIPBOARD_TEXT.create(), click -> importText()));
        adders.setWrap(true);
        Button delete = control(VaadinIcon.TRASH, "blocks.delete", this::removeSelected);
        delete.addThemeVariants(ButtonVariant.ERROR);
        controls.add(control(VaadinIcon.ARROW_UP, "blocks.up", () -> moveSelected(-1)),
                control(VaadinIcon.ARROW_DOWN, "blocks.down", () -> moveSelected(1)), delete);
        controls.addClassName("block-controls");
        Div editor = new Div(problem, rows, adders);
        editor.addClassName("block-editor");
        editor.setWidthFull();
        add(editor);
        // an empty body shows a paragraph to write in from the start, not only once the title was typed
        setPresentationValue(getEmptyValue());
    }

    private Button control(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(label));
        button.setTooltipText(getTranslation(label));
        return button;
    }

    private Button adder(String key, java.util.function.Supplier<Block> block) {
        Button button = new Button(getTranslation(key), VaadinIcon.PLUS.create(), click -> {
            append(block.get()).focus();
            updateValue();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    /**
     * Setting the body always lays its rows out afresh, even when the blocks equal the ones shown: rows the writer
     * added and left empty go, and an empty body gets one paragraph to write in.
     */
    @Override
    public void setValue(List<Block> value) {
        boolean same = valueEquals(getValue(), value);
        super.setValue(value);
        if (same) {
            setPresentationValue(value);
        }
    }

    @Override
    protected void setPresentationValue(List<Block> body) {
        clearRows();
        body.forEach(this::append);
        if (body.isEmpty()) {
            append(new Block.Paragraph(""));
        }
    }

    /** The blocks as typed; empty text blocks are left out. */
    @Override
    protected List<Block> generateModelValue() {
        return blocks.stream().map(Row::value)
                .filter(block -> block instanceof Block.Photo || !block.text().isBlank())
                .toList();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        blocks.forEach(row -> row.setReadOnly(readOnly));
        adders.setVisible(!readOnly);
        controls.setVisible(!readOnly);
    }

    /** Shows what is wrong with the body as a whole (such as: it is empty). */
    void showProblem(@Nullable String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    /** Marks the caption of each photo that has none. */
    void markBlankCaptions(String message) {
        photoRows().forEach(photo -> photo.markIfBlank(photo.caption, message));
    }

    /** Marks the alt text of each photo that has none. */
    void markBlankAlts(String message) {
        photoRows().forEach(photo -> photo.markIfBlank(photo.alt, message));
    }

    private java.util.stream.Stream<PhotoRow> photoRows() {
        return blocks.stream().filter(PhotoRow.class::isInstance).map(PhotoRow.class::cast);
    }

    private Row append(Block block) {
        Row row = block instanceof Block.Photo photo ? new PhotoRow(photo) : new TextRow(block);
        blocks.add(row);
        rows.add(row);
        row.setReadOnly(isReadOnly());
        return row;
    }

    private void clearRows() {
        blocks.clear();
        rows.removeAll();
        select(null);
    }

    /** Shows the controls in the row being edited; {@code null}: in none. */
    private void select(@Nullable Row row) {
        if (row == selected) {
            return;
        }
        selected = row;
        controls.removeFromParent();
        if (row != null) {
            row.showControls(controls);
        }
    }

    /**
     * Moves the block being edited by swapping it with its neighbour: the neighbour's row moves, so the control
     * the writer pressed stays where it is in the page and keeps the keyboard's focus.
     */
    private void moveSelected(int by) {
        if (selected == null) {
            return;
        }
        int from = blocks.indexOf(selected);
        int neighbour = from + by;
        if (neighbour < 0 || neighbour >= blocks.size()) {
            return;
        }
        Row other = blocks.remove(neighbour);
        blocks.add(from, other);
        rows.remove(other);
        rows.addComponentAtIndex(from, other);
        updateValue();
    }

    /** Deletes the block being edited; the one that takes its place (or the last) is the one edited then. */
    private void removeSelected() {
        if (selected == null) {
            return;
        }
        int index = blocks.indexOf(selected);
        blocks.remove(index);
        rows.remove(selected);
        select(null);
        if (!blocks.isEmpty()) {
            Row next = blocks.get(Math.min(index, blocks.size() - 1));
            select(next);
            next.focus();
        }
        updateValue();
    }

    /** Pasted plain text becomes paragraphs; ▲ lines become photo blocks waiting for their image. */
    private void importText() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("blocks.import"));
        TextArea text = new TextArea(getTranslation("blocks.import.text"));
        text.setHelperText(getTranslation("blocks.import.help"));
        text.setWidth("40rem");
        text.setMaxWidth("100%");
        text.setHeight("20rem");
        dialog.add(text);
        Button importButton = new Button(getTranslation("blocks.import.confirm"), click -> {
            List<Block> imported = ArticleDraft.importText(text.getValue());
            boolean empty = generateModelValue().isEmpty();
            if (empty) {
                clearRows();
            }
            imported.forEach(this::append);
            dialog.close();
            updateValue();
        });
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), importButton);
        dialog.open();
    }

    /** One block; the block's controls join it while it is the one being edited. */
    private abstract class Row extends Div {

        Row() {
            addClassName("block-row");
        }

        abstract Block value();

        abstract void setReadOnly(boolean readOnly);

        /** Puts the controls where they belong in this kind of block: right after its fields. */
        abstract void showControls(Component controls);

        /** Moves the keyboard's focus to the block's first field. */
        abstract void focus();

        /** A field of the block that takes the focus makes this the block being edited. */
        <F extends Component & Focusable<F>> void selectOnFocus(F field) {
            field.addFocusListener(focus -> select(this));
        }

        <V> void notify(HasValue<?, V> field) {
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    updateValue();
                }
            });
        }
    }

    private final class TextRow extends Row {

        private final Block kind;
        private final TextArea text = new TextArea();

        TextRow(Block block) {
            this.kind = block;
            addClassName("block-" + type(block));
            text.setLabel(getTranslation("blocks." + type(block)));
            text.setValue(block.text());
            text.setWidthFull();
            text.setValueChangeMode(ValueChangeMode.TIMEOUT);
            text.setValueChangeTimeout(ArticleForm.CHANGE_AFTER_MS);
            if (block instanceof Block.Paragraph) {
                text.setHelperText(getTranslation("blocks.paragraph.help"));
            }
            notify(text);
            selectOnFocus(text);
            add(text);
        }

        @Override
        void showControls(Component controls) {
            add(controls);
        }

        @Override
        void focus() {
            text.focus();
        }

        @Override
        Block value() {
            return switch (kind) {
                case Block.Heading h -> new Block.Heading(text.getValue());
                case Block.Quote q -> new Block.Quote(text.getValue());
                default -> new Block.Paragraph(text.getValue());
            };
        }

        @Override
        void setReadOnly(boolean readOnly) {
            text.setReadOnly(readOnly);
        }

        private static String type(Block block) {
            return switch (block) {
                case Block.Heading h -> "heading";
                case Block.Quote q -> "quote";
                default -> "paragraph";
            };
        }
    }

    private final class PhotoRow extends Row {

        private @Nullable String sha256;
        private final Div picture = new Div();
        private final Button choose = new Button();
        private final TextField caption = new TextField(getTranslation("media.caption"));
        private final TextField alt = new TextField(getTranslation("media.alt"));
        private final TextField credit = new TextField(getTranslation("media.credit"));
        private final HorizontalLayout line;

        PhotoRow(Block.Photo photo) {
            addClassName("block-photo");
            sha256 = photo.mediaSha256();
            caption.setValue(photo.caption());
            alt.setValue(photo.alt());
            credit.setValue(photo.credit());
            caption.setWidthFull();
            alt.setWidthFull();
            alt.setHelperText(getTranslation("media.alt.help"));
            caption.setMaxLength(MediaService.CAPTION_MAX);
            alt.setMaxLength(MediaService.ALT_MAX);
            credit.setMaxLength(MediaService.CREDIT_MAX);
            for (TextField field : List.of(caption, alt, credit)) {
                field.setValueChangeMode(ValueChangeMode.TIMEOUT);
                field.setValueChangeTimeout(ArticleForm.CHANGE_AFTER_MS);
                notify(field);
                selectOnFocus(field);
            }
            selectOnFocus(choose);
            picture.addClassName("block-photo-picture");
            choose.addClickListener(click -> new PhotoPicker(media, this::use).open());
            showPicture();
            Div fields = new Div(caption, alt, credit);
            fields.addClassName("block-photo-fields");
            line = new HorizontalLayout(new Div(picture, choose), fields);
            line.setWidthFull();
            line.setWrap(true);
            line.expand(fields);
            add(new Span(getTranslation("blocks.photo")), line);
        }

        private void use(MediaItem item) {
            sha256 = item.sha256();
            if (caption.isEmpty()) {
                caption.setValue(item.caption());
            }
            if (alt.isEmpty()) {
                alt.setValue(item.altText());
            }
            if (credit.isEmpty()) {
                credit.setValue(item.credit());
            }
            showPicture();
            updateValue();
        }

        private void showPicture() {
            picture.removeAll();
            if (sha256 == null) {
                Span waiting = new Span(getTranslation("blocks.photo.waiting"));
                waiting.addClassName("block-photo-waiting");
                picture.add(waiting);
                choose.setText(getTranslation("blocks.photo.choose"));
            } else {
                Image image = new Image(StoredPhoto.url(sha256, 320), alt.getValue());
                image.setWidth("160px");
                picture.add(image);
                choose.setText(getTranslation("blocks.photo.replace"));
            }
        }

        @Override
        void showControls(Component controls) {
            line.add(controls);
        }

        @Override
        void focus() {
            (choose.isVisible() ? choose : caption).focus();
        }

        void markIfBlank(TextField field, String message) {
            if (field.getValue().isBlank()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }

        @Override
        Block value() {
            return new Block.Photo(sha256, caption.getValue(), credit.getValue(), alt.getValue());
        }

        @Override
        void setReadOnly(boolean readOnly) {
            choose.setVisible(!readOnly);
            caption.setReadOnly(readOnly);
            alt.setReadOnly(readOnly);
            credit.setReadOnly(readOnly);
        }
    }
}
