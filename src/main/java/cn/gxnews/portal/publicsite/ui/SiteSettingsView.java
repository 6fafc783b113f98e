package cn.gxnews.portal.publicsite.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.TextRefusedException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.publicsite.GreyMode;
import cn.gxnews.portal.publicsite.SavedSiteSettings;
import cn.gxnews.portal.publicsite.SiteSettings;
import cn.gxnews.portal.publicsite.SiteSettingsRefusedException;
import cn.gxnews.portal.publicsite.SiteSettingsService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public site's settings: the company's name, the site's title in both languages, the copyright line, the
 * filing numbers of the footer, and grey mode (全站置灰) for mourning days, on, off or for a period in Beijing time.
 * A refused change says why on the field concerned and keeps everything typed.
 */
@Route("admin/site")
@Menu(title = "nav.siteSettings", order = 105, icon = "vaadin:cog")
@RolesAllowed(Roles.ADMIN)
class SiteSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final SiteSettingsService settings;
    private final TextField companyName = field("siteSettings.companyName");
    private final TextField titleZh = field("siteSettings.titleZh");
    private final TextField titleEn = field("siteSettings.titleEn");
    private final TextField copyright = field("siteSettings.copyright");
    private final TextField icpNumber = field("siteSettings.icpNumber");
    private final TextField policeNumber = field("siteSettings.policeNumber");
    private final RadioButtonGroup<GreyMode> greyMode = new RadioButtonGroup<>(getTranslation("siteSettings.greyMode"));
    private final DateTimePicker greyFrom = new DateTimePicker(getTranslation("siteSettings.greyFrom"));
    private final DateTimePicker greyUntil = new DateTimePicker(getTranslation("siteSettings.greyUntil"));
    /** Each field by the message key of its label, as refusals name them. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private int version;

    SiteSettingsView(SiteSettingsService settings) {
        this.settings = settings;
        icpNumber.setPlaceholder("桂ICP备12345678号-1");
        icpNumber.setHelperText(getTranslation("siteSettings.icpNumber.help"));
        policeNumber.setPlaceholder("桂公网安备45010302000123号");
        policeNumber.setHelperText(getTranslation("siteSettings.policeNumber.help"));
        greyMode.setItems(GreyMode.values());
        greyMode.setItemLabelGenerator(mode -> getTranslation("siteSettings.grey." + mode.name()));
        greyMode.setHelperText(getTranslation("siteSettings.greyMode.help"));
        greyMode.addValueChangeListener(change -> showPeriod());
        greyFrom.setStep(java.time.Duration.ofMinutes(15));
        greyUntil.setStep(java.time.Duration.ofMinutes(15));
        greyFrom.setWidthFull(); // date and time share the column, also on a phone
        greyUntil.setWidthFull();
        fields.put("siteSettings.companyName", companyName);
        fields.put("siteSettings.titleZh", titleZh);
        fields.put("siteSettings.titleEn", titleEn);
        fields.put("siteSettings.copyright", copyright);
        fields.put("siteSettings.icpNumber", icpNumber);
        fields.put("siteSettings.policeNumber", policeNumber);
        fields.put("siteSettings.greyFrom", greyFrom);
        fields.put("siteSettings.greyUntil", greyUntil);

        FormLayout form = new FormLayout(companyName, titleZh, titleEn, copyright, icpNumber, policeNumber, greyMode,
                greyFrom, greyUntil);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(companyName, 2);
        form.setColspan(copyright, 2);
        form.setColspan(greyMode, 2);
        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        show(settings.load());
        add(new H2(getTranslation("siteSettings.heading")), new Paragraph(getTranslation("siteSettings.intro")),
                form, save);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        SiteSettings typed = new SiteSettings(companyName.getValue(), titleZh.getValue(), titleEn.getValue(),
                copyright.getValue(), icpNumber.getValue(), policeNumber.getValue(),
                greyMode.getValue() == null ? GreyMode.OFF : greyMode.getValue(), instant(greyFrom.getValue()),
                instant(greyUntil.getValue()));
        try {
            show(settings.update(typed, version));
            Notices.success(getTranslation("siteSettings.saved"));
        } catch (SiteSettingsRefusedException refused) {
            refuse(refused.field(), refused);
        } catch (TextRefusedException refused) {
            refuse(refused.field(), refused);
        }
    }

    /** Says why on the field concerned (and in a notice, for a phone's small screen); nothing typed is lost. */
    private void refuse(String field, PortalException refused) {
        String message = Notices.message(refused);
        HasValidation concerned = fields.get(field);
        if (concerned != null) {
            concerned.setErrorMessage(message);
            concerned.setInvalid(true);
        }
        Notices.error(message);
    }

    private void show(SavedSiteSettings saved) {
        SiteSettings s = saved.settings();
        version = saved.version();
        companyName.setValue(s.companyName());
        titleZh.setValue(s.titleZh());
        titleEn.setValue(s.titleEn());
        copyright.setValue(s.copyright());
        icpNumber.setValue(s.icpNumber());
        policeNumber.setValue(s.policeNumber());
        greyMode.setValue(s.greyMode());
        greyFrom.setValue(local(s.greyFrom()));
        greyUntil.setValue(local(s.greyUntil()));
        showPeriod();
    }

    private void showPeriod() {
        boolean scheduled = greyMode.getValue() == GreyMode.SCHEDULED;
        greyFrom.setVisible(scheduled);
        greyUntil.setVisible(scheduled);
    }

    /** The pickers show Beijing time, whatever the browser's own zone. */
    private static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(Translations.ZONE).toInstant();
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Translations.ZONE);
    }

    private TextField field(String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("siteSettings.heading");
    }
}
