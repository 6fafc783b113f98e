package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.TextRefusedException;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.article.SensitiveWordLengthException;
import cn.gxnews.portal.article.SensitiveWordService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The sensitive-word list that blocks submission: administrators add and remove words. */
@Route("admin/sensitive-words")
@Menu(title = "nav.sensitiveWords", order = 130, icon = "vaadin:ban")
@RolesAllowed(Roles.ADMIN)
class SensitiveWordsView extends VerticalLayout implements HasDynamicTitle {

    private final SensitiveWordService words;
    private final Grid<String> grid = new Grid<>();

    SensitiveWordsView(SensitiveWordService words) {
        this.words = words;
        TextField word = new TextField(getTranslation("sensitiveWords.word"));
        word.setMaxLength(SensitiveWordService.MAX_LENGTH);
        Button add = new Button(getTranslation("sensitiveWords.add"), click -> {
            try {
                if (words.add(word.getValue())) {
                    Notices.success(getTranslation("sensitiveWords.added", word.getValue().strip()));
                    word.clear();
                    word.setInvalid(false);
                } else {
                    word.setErrorMessage(getTranslation("sensitiveWords.exists"));
                    word.setInvalid(true);
                }
                refresh();
            } catch (SensitiveWordLengthException | TextRefusedException e) {
                word.setErrorMessage(Notices.message(e));
                word.setInvalid(true);
            } catch (PortalException e) {
                Notices.error(e);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(word, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(w -> w).setHeader(getTranslation("sensitiveWords.word")).setKey("word");
        grid.addComponentColumn(w -> {
            Button remove = new Button(getTranslation("sensitiveWords.remove"), click -> {
                words.remove(w);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("sensitiveWords.empty"));
        refresh();
        add(new H2(getTranslation("sensitiveWords.heading")), new Paragraph(getTranslation("sensitiveWords.help")),
                form, grid);
    }

    private void refresh() {
        grid.setItems(words.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sensitiveWords.heading");
    }
}
