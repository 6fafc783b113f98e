package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.DraftProblem;
import cn.gxnews.portal.article.SensitiveWordService;
import cn.gxnews.portal.article.StandardWording;
import cn.gxnews.portal.article.StandardWordingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import cn.gxnews.portal.media.MediaService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An article's text as the writer edits it — title, summary, cover and body — bound to an {@link ArticleDraft}
 * by a {@link Binder}. The service checks the text; the form shows each problem it finds on the field it
 * concerns ({@link DraftProblem#field()}) and never loses what was typed.
 */
class ArticleForm extends VerticalLayout {

    /** How long typing pauses before the text counts as changed (and is autosaved). */
    static final int CHANGE_AFTER_MS = 2000;

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final CoverField cover;
    private final BlockEditor body;
    private final Div sensitiveHits = new Div();
    private final Div wordingHits = new Div();
    private final Binder<ArticleDraft> binder = new Binder<>(ArticleDraft.class);

    ArticleForm(MediaService media) {
        setPadding(false);
        setWidthFull();
        cover = new CoverField(media);
        body = new BlockEditor(media);
        title.setLabel(getTranslation("article.title"));
        title.setMaxLength(ArticleDraft.TITLE_MAX);
        title.setWidthFull();
        summary.setLabel(getTranslation("article.summary"));
        summary.setMaxLength(ArticleDraft.SUMMARY_MAX);
        summary.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.TIMEOUT);
        summary.setValueChangeMode(ValueChangeMode.TIMEOUT);
        title.setValueChangeTimeout(CHANGE_AFTER_MS);
        summary.setValueChangeTimeout(CHANGE_AFTER_MS);
        sensitiveHits.addClassName("sensitive-hits");
        sensitiveHits.setVisible(false);
        wordingHits.addClassName("wording-hits");
        wordingHits.setVisible(false);

        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(body).bind("body");
        binder.forField(cover).bind("coverSha256");

        add(title, summary, cover, body, sensitiveHits, wordingHits);
    }

    /** Shows a text; it is not a change of the writer's. */
    void read(ArticleDraft content) {
        binder.readRecord(content);
    }

    /** The text as it is on screen. */
    ArticleDraft value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            // the form has no validators of its own: the service checks the text
            throw new IllegalStateException(e);
        }
    }

    /** Hears of every change the writer makes (not of texts the form is given to show). */
    Registration addChangeListener(Runnable changed) {
        return binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    boolean isReadOnly() {
        return title.isReadOnly();
    }

    /**
     * Marks each problem on the field it concerns.
     *
     * @param sensitiveWords the sensitive words in the text, in their context, asked for only when there are any
     */
    void showProblems(List<DraftProblem> problems, Supplier<List<SensitiveWordService.Hit>> sensitiveWords) {
        for (DraftProblem problem : problems) {
            String message = getTranslation(problem.messageKey());
            switch (problem.field()) {
                case TITLE -> markInvalid(title, message);
                case SUMMARY -> markInvalid(summary, message);
                case BODY -> body.showProblem(message);
                case PHOTO_CAPTION -> body.markBlankCaptions(message);
                case PHOTO_ALT -> body.markBlankAlts(message);
                case WHOLE_TEXT -> showSensitiveWords(message, sensitiveWords.get());
                case WORDING -> {
                    // shown with each place and its replacement by showWording
                }
            }
        }
    }

    void clearProblems() {
        title.setInvalid(false);
        summary.setInvalid(false);
        body.showProblem(null);
        sensitiveHits.setVisible(false);
        wordingHits.setVisible(false);
    }

    /**
     * Lists every wrong form of the standard wording in the text, in its context, with the right form, the note
     * and a button that puts the right form in its place.
     *
     * @param message what stands above the list, or {@code null} for the plain heading
     * @param replace called with the hit whose replacement the writer clicked
     */
    void showWording(@org.jspecify.annotations.Nullable String message, List<StandardWordingService.Hit> hits,
                     Consumer<StandardWordingService.Hit> replace) {
        wordingHits.removeAll();
        if (hits.isEmpty()) {
            wordingHits.setVisible(false);
            return;
        }
        Paragraph heading = new Paragraph(message != null ? message : getTranslation("wording.hits", hits.size()));
        heading.addClassName("wording-hits-heading");
        wordingHits.add(heading);
        for (StandardWordingService.Hit hit : hits) {
            Span wrong = new Span(hit.pair().wrong());
            wrong.addClassName("wording-wrong");
            Span severity = new Span(getTranslation("wording.severity." + hit.pair().severity().name()));
            severity.getElement().getThemeList().add(hit.pair().severity() == StandardWording.Severity.BLOCK
                    ? "badge error small" : "badge contrast small");
            Paragraph line = new Paragraph(severity, new Span(" " + getTranslation("wording.part." + hit.part().name())
                    + "：…" + hit.before()), wrong, new Span(hit.after() + "… → " + hit.pair().right()));
            if (!hit.pair().note().isEmpty()) {
                Span note = new Span("（" + hit.pair().note() + "）");
                note.addClassName("wording-note");
                line.add(note);
            }
            Button fix = new Button(getTranslation("wording.replace", hit.pair().right()), click -> replace.accept(hit));
            fix.addThemeVariants(ButtonVariant.SMALL);
            line.add(fix);
            line.addClassName("wording-hit");
            wordingHits.add(line);
        }
        wordingHits.setVisible(true);
    }

    /** Lists every sensitive word in the text, in its context, so the writer finds it quickly. */
    private void showSensitiveWords(String message, List<SensitiveWordService.Hit> hits) {
        sensitiveHits.removeAll();
        sensitiveHits.add(new Paragraph(message));
        for (SensitiveWordService.Hit hit : hits) {
            Span word = new Span(hit.word());
            word.addClassName("sensitive-word");
            Paragraph line = new Paragraph(new Span(getTranslation("article." + hit.field()) + "："),
                    new Span("…" + hit.before()), word, new Span(hit.after() + "…"));
            line.addClassName("sensitive-hit");
            sensitiveHits.add(line);
        }
        sensitiveHits.setVisible(true);
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
