package cn.gxnews.portal.news.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.function.Consumer;

/** Chooses a photo for the article: one from the office's library, or a new upload (checked like any other). */
class PhotoPicker extends Dialog {

    private final MediaService media;
    private final Consumer<MediaItem> chosen;
    private final TextField search = new TextField();
    private final Grid<MediaItem> grid = new Grid<>();

    PhotoPicker(MediaService media, Consumer<MediaItem> chosen) {
        this.media = media;
        this.chosen = chosen;
        setHeaderTitle(getTranslation("picker.title"));
        setWidth("48rem");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded(bytes)));
        upload.setAcceptedMimeTypes("image/jpeg", "image/png");
        upload.setAcceptedFileExtensions(".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, media.maxUploadBytes()));
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("media.upload.button")));

        search.setPlaceholder(getTranslation("media.search"));
        search.setAriaLabel(getTranslation("media.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> refresh());

        grid.addComponentColumn(item -> {
            Image image = new Image(StoredPhoto.url(item.sha256(), StoredPhoto.thumbnailWidth(item.width())),
                    item.altText());
            image.setWidth("96px");
            return image;
        }).setHeader(getTranslation("media.photo")).setKey("photo").setWidth("120px").setFlexGrow(0);
        grid.addColumn(MediaItem::caption).setHeader(getTranslation("media.caption")).setKey("caption");
        grid.addComponentColumn(item -> new Button(getTranslation("picker.use"), click -> choose(item)))
                .setKey("use").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("24rem");
        refresh();

        add(upload, search, grid);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
    }

    private void uploaded(byte[] bytes) {
        UI ui = UI.getCurrent();
        try {
            MediaItem stored = media.upload(bytes);
            ui.access(() -> choose(stored));
        } catch (PortalException refused) {
            ui.access(() -> Notices.error(refused));
        }
    }

    private void choose(MediaItem item) {
        chosen.accept(item);
        close();
    }

    private void refresh() {
        String words = search.getValue();
        grid.setItems(query -> media.library(words, query.getOffset(), query.getLimit()), query -> media.count(words));
    }
}
