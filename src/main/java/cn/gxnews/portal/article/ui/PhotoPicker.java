package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.PhotoUpload;
import cn.gxnews.portal.media.StoredPhoto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.function.Consumer;

/**
 * Chooses a photo for the article (its cover or a photo block): one from the office's library, or a new upload
 * through the same {@link PhotoUpload} as the media library's.
 */
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

        PhotoUpload upload = new PhotoUpload(media, this::choose);

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
        NarrowGrid.showCardsWhenNarrow(grid, MediaItem::caption, MediaItem::altText, "photo", "use");
        grid.setHeight("24rem");
        refresh();

        add(upload, search, grid);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
    }

    /** The first photo chosen or uploaded is the one; more files of the same upload just join the library. */
    private void choose(MediaItem item) {
        if (isOpened()) {
            chosen.accept(item);
            close();
        }
    }

    private void refresh() {
        String words = search.getValue();
        grid.setItems(query -> media.library(words, query.getOffset(), query.getLimit()), query -> media.count(words));
    }
}
