package cn.gxnews.portal.media.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.base.ui.SaveDialog;
import cn.gxnews.portal.media.MediaFile;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.PhotoUpload;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The office's photos: upload (JPEG or PNG, checked and cleaned on the server), search by caption, and
 * describe each photo with the caption, credit and alt text that readers will get.
 */
@Route("media")
@Menu(title = "nav.media", order = 20, icon = "vaadin:picture")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class MediaLibraryView extends VerticalLayout implements HasDynamicTitle {

    static final int THUMBNAIL_WIDTH = 320;

    private final MediaService media;
    private final TextField search = new TextField();
    private final Grid<MediaItem> grid = new Grid<>();

    MediaLibraryView(MediaService media) {
        this.media = media;
        setSizeFull();

        PhotoUpload upload = new PhotoUpload(media, this::stored);

        search.setPlaceholder(getTranslation("media.search"));
        search.setAriaLabel(getTranslation("media.search"));
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setMaxWidth("24rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.addComponentColumn(this::thumbnail).setHeader(getTranslation("media.photo")).setKey("photo")
                .setWidth("140px").setFlexGrow(0);
        grid.addColumn(MediaItem::caption).setHeader(getTranslation("media.caption")).setKey("caption").setFlexGrow(2);
        grid.addColumn(MediaItem::altText).setHeader(getTranslation("media.alt")).setKey("alt").setFlexGrow(1);
        grid.addColumn(item -> item.width() + " × " + item.height()).setHeader(getTranslation("media.size"))
                .setKey("size").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.uploadedByName() + " · " + Translations.formatDateTime(item.uploadedAt()))
                .setHeader(getTranslation("media.uploaded")).setKey("uploaded").setAutoWidth(true).setFlexGrow(0);
        NarrowGrid.showCardsWhenNarrow(grid, MediaItem::caption, item -> item.width() + " × " + item.height() + " · "
                + item.uploadedByName() + " · " + Translations.formatDateTime(item.uploadedAt()), "photo");
        grid.addItemClickListener(click -> describe(click.getItem()));
        grid.setEmptyStateText(getTranslation("media.empty"));
        grid.setSizeFull();
        refresh();

        HorizontalLayout tools = new HorizontalLayout(search);
        tools.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("media.heading")), new Paragraph(getTranslation("media.help")), upload, tools, grid);
    }

    private void stored(MediaItem item) {
        refresh();
        Notices.success(getTranslation("media.uploaded.done", item.width(), item.height()));
        describe(item);
    }

    private Image thumbnail(MediaItem item) {
        Image image = new Image(thumbnailOf(item), item.altText().isEmpty() ? item.caption() : item.altText());
        image.setWidth("120px");
        image.addClassName("media-thumbnail");
        return image;
    }

    private DownloadHandler thumbnailOf(MediaItem item) {
        return event -> {
            MediaFile file = media.file(item.id(), THUMBNAIL_WIDTH).orElseThrow();
            event.setContentType(file.contentType());
            event.setFileName(item.sha256() + "-" + file.width() + (file.contentType().equals("image/png") ? ".png" : ".jpg"));
            event.inline();
            event.getOutputStream().write(file.bytes());
        };
    }

    private void describe(MediaItem item) {
        TextArea caption = new TextArea(getTranslation("media.caption"));
        caption.setMaxLength(MediaService.CAPTION_MAX);
        caption.setValue(item.caption());
        caption.setWidth("28rem");
        TextField alt = new TextField(getTranslation("media.alt"));
        alt.setHelperText(getTranslation("media.alt.help"));
        alt.setMaxLength(MediaService.ALT_MAX);
        alt.setValue(item.altText());
        alt.setWidth("28rem");
        TextField credit = new TextField(getTranslation("media.credit"));
        credit.setMaxLength(MediaService.CREDIT_MAX);
        credit.setValue(item.credit());
        new SaveDialog(getTranslation("media.describe"), new VerticalLayout(thumbnail(item), caption, alt, credit),
                () -> {
                    media.describe(item.id(), item.version(), caption.getValue(), credit.getValue(), alt.getValue());
                    refresh();
                }).open();
    }

    private void refresh() {
        String words = search.getValue();
        grid.setItems(query -> media.library(words, query.getOffset(), query.getLimit()), query -> media.count(words));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media.heading");
    }
}
