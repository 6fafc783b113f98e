package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.Autosave;
import cn.gxnews.portal.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.function.Consumer;

/**
 * Tells the writer that text they typed was autosaved but never saved (they closed the tab, say), and offers to
 * restore it or throw it away. What restoring means (a merge when the article changed since) is the editor's.
 */
class AutosaveBanner extends Div {

    AutosaveBanner() {
        addClassName("autosave-banner");
        setVisible(false);
    }

    void offer(Autosave autosave, Consumer<Autosave> restore, Runnable discard) {
        removeAll();
        add(new Paragraph(getTranslation("autosave.found", Translations.formatDateTime(autosave.savedAt()))));
        Button restoreButton = new Button(getTranslation("autosave.restore"), click -> restore.accept(autosave));
        restoreButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button discardButton = new Button(getTranslation("autosave.discard"), click -> {
            discard.run();
            hide();
        });
        add(new HorizontalLayout(restoreButton, discardButton));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
