package cn.gxnews.portal.media.ui;

import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.media.OfficeWatermark;
import cn.gxnews.portal.media.Watermark;
import cn.gxnews.portal.media.WatermarkFont;
import cn.gxnews.portal.media.WatermarkPosition;
import cn.gxnews.portal.media.WatermarkProgress;
import cn.gxnews.portal.media.WatermarkRefusedException;
import cn.gxnews.portal.media.WatermarkService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Each office's watermark on the photos readers get (decision 0028): on or off, its text, position and opacity.
 * Saving re-draws the office's photos in the background; the screen shows how far it has come.
 */
@Route("admin/watermarks")
@Menu(title = "nav.watermarks", order = 105, icon = "vaadin:picture")
@RolesAllowed(Roles.ADMIN)
class WatermarksView extends VerticalLayout implements HasDynamicTitle {

    private final List<OfficeForm> forms = new ArrayList<>();
    private @Nullable Registration polling;

    WatermarksView(WatermarkService watermarks, OfficeService offices) {
        add(new H2(getTranslation("watermark.heading")));
        WatermarkFont.InUse inUse = watermarks.fontSource();
        Paragraph font = new Paragraph(inUse.file() == null ? getTranslation("watermark.font.shipped", inUse.fontName())
                : getTranslation("watermark.font", inUse.file(), inUse.fontName()));
        font.addClassName("watermark-font");
        add(font);
        for (Office office : offices.findAll()) {
            OfficeForm form = new OfficeForm(watermarks, office);
            forms.add(form);
            add(form);
        }
        addClassName("watermarks");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // while the screen is open it asks every second how far the re-drawing of photos has come
        attach.getUI().setPollInterval(1000);
        polling = attach.getUI().addPollListener(poll -> forms.forEach(OfficeForm::showProgress));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("watermark.heading");
    }

    /** One office's setting. */
    private static class OfficeForm extends Div {

        private final WatermarkService watermarks;
        private final Office office;
        private final Checkbox enabled = new Checkbox();
        private final TextField text = new TextField();
        private final Select<WatermarkPosition> position = new Select<>();
        private final IntegerField opacity = new IntegerField();
        private final ProgressBar bar = new ProgressBar();
        private final Span progress = new Span();

        OfficeForm(WatermarkService watermarks, Office office) {
            this.watermarks = watermarks;
            this.office = office;
            setWidthFull();
            addClassName("watermark-office");
            // the bar is a progressbar role of its own: it needs a name (no setter on ProgressBar for it)
            bar.getElement().setAttribute("aria-label", getTranslation("watermark.progress.label"));
            setId("watermark-" + office.code());
            OfficeWatermark current = watermarks.find(office.code());
            enabled.setLabel(getTranslation("watermark.enabled"));
            enabled.setValue(current.enabled());
            text.setLabel(getTranslation("watermark.text"));
            text.setMaxLength(Watermark.TEXT_MAX);
            text.setValue(current.text());
            text.setPlaceholder(office.nameZh() + "分公司");
            position.setLabel(getTranslation("watermark.position"));
            position.setItems(WatermarkPosition.values());
            position.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
            position.setValue(current.position());
            opacity.setLabel(getTranslation("watermark.opacity"));
            opacity.setMin(Watermark.MIN_OPACITY);
            opacity.setMax(Watermark.MAX_OPACITY);
            opacity.setStep(10);
            opacity.setStepButtonsVisible(true);
            opacity.setSuffixComponent(new Span("%"));
            opacity.setValue(current.opacity());
            Button save = new Button(getTranslation("watermark.save"), click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            FormLayout layout = new FormLayout(enabled, text, position, opacity);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("40em", 2));
            bar.setVisible(false);
            progress.addClassName("watermark-progress");
            add(new H3(office.name(getLocale())), layout, save, bar, progress);
            showProgress();
        }

        private void save() {
            text.setInvalid(false);
            opacity.setInvalid(false);
            Integer chosen = opacity.getValue();
            try {
                watermarks.save(office.code(), enabled.getValue(), text.getValue(), position.getValue(),
                        chosen == null ? -1 : chosen);
                Notices.success(getTranslation("watermark.saved", office.name(getLocale())));
                showProgress();
            } catch (WatermarkRefusedException refused) {
                var field = refused.messageKey().equals("watermark.error.opacity") ? opacity : text;
                field.setErrorMessage(Notices.message(refused));
                field.setInvalid(true);
            }
        }

        void showProgress() {
            var now = watermarks.progress(office.code());
            bar.setVisible(now.isPresent());
            progress.setVisible(now.isPresent());
            now.ifPresent(this::show);
        }

        private void show(WatermarkProgress now) {
            bar.setMin(0);
            bar.setMax(Math.max(1, now.total()));
            bar.setValue(Math.min(now.done(), Math.max(1, now.total())));
            progress.setText(getTranslation(now.finished() ? "watermark.progress.done" : "watermark.progress",
                    now.done(), now.total(), now.version()));
        }
    }
}
