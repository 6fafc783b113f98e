package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import org.jspecify.annotations.Nullable;

/**
 * The cover photo shown in lists, on the home page and in link previews: its value is the photo's SHA-256, or
 * {@code null} for none. The writer picks one from the office's library (or uploads one) or removes it.
 */
class CoverField extends CustomField<@Nullable String> {

    private final MediaService media;
    private final Div cover = new Div();
    private @Nullable String sha256;

    CoverField(MediaService media) {
        super(null);
        this.media = media;
        setLabel(getTranslation("cover.label"));
        cover.addClassName("article-cover");
        add(cover);
        show();
    }

    @Override
    protected @Nullable String generateModelValue() {
        return sha256;
    }

    @Override
    protected void setPresentationValue(@Nullable String value) {
        sha256 = value;
        show();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        show();
    }

    private void show() {
        cover.removeAll();
        if (sha256 != null) {
            Image image = new Image(StoredPhoto.url(sha256, 320), getTranslation("cover.label"));
            image.setWidth("160px");
            cover.add(image);
        }
        if (isReadOnly()) {
            return;
        }
        Button choose = new Button(getTranslation(sha256 == null ? "cover.choose" : "cover.replace"),
                click -> new PhotoPicker(media, item -> use(item.sha256())).open());
        choose.addThemeVariants(ButtonVariant.TERTIARY);
        cover.add(choose);
        if (sha256 != null) {
            Button remove = new Button(getTranslation("cover.remove"), click -> use(null));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            cover.add(remove);
        }
    }

    private void use(@Nullable String chosen) {
        sha256 = chosen;
        show();
        updateValue();
    }
}
