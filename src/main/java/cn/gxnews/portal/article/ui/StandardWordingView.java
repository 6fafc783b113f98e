package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.StandardWording;
import cn.gxnews.portal.article.StandardWordingImportException;
import cn.gxnews.portal.article.StandardWordingRefusedException;
import cn.gxnews.portal.article.StandardWordingService;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.ui.CsvDownload;
import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard-wording list (规范用语): administrators add, change and remove wrong → right pairs, and import and
 * export the list as CSV. Clicking a pair puts it into the form for changing.
 */
@Route("admin/standard-wording")
@Menu(title = "nav.standardWording", order = 135, icon = "vaadin:spell")
@RolesAllowed(Roles.ADMIN)
class StandardWordingView extends VerticalLayout implements HasDynamicTitle {

    /** A CSV file larger than this is refused before it is read. */
    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final StandardWordingService wording;
    private final Grid<StandardWording> grid = new Grid<>();
    private final TextField wrong = new TextField();
    private final TextField right = new TextField();
    private final TextField note = new TextField();
    private final RadioButtonGroup<StandardWording.Severity> severity = new RadioButtonGroup<>();
    private final Div importProblems = new Div();

    StandardWordingView(StandardWordingService wording) {
        this.wording = wording;
        wrong.setLabel(getTranslation("wording.wrong"));
        right.setLabel(getTranslation("wording.right"));
        note.setLabel(getTranslation("wording.note"));
        wrong.setMaxLength(StandardWording.MAX_LENGTH);
        right.setMaxLength(StandardWording.MAX_LENGTH);
        note.setMaxLength(StandardWording.NOTE_MAX);
        severity.setLabel(getTranslation("wording.severity"));
        severity.setItems(StandardWording.Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("wording.severity." + s.name()));
        severity.setValue(StandardWording.Severity.WARN);
        Button save = new Button(getTranslation("wording.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(wrong, right, note, severity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        grid.addColumn(StandardWording::wrong).setHeader(getTranslation("wording.wrong")).setKey("wrong")
                .setAutoWidth(true);
        grid.addColumn(StandardWording::right).setHeader(getTranslation("wording.right")).setKey("right")
                .setAutoWidth(true);
        grid.addColumn(pair -> getTranslation("wording.severity." + pair.severity().name()))
                .setHeader(getTranslation("wording.severity")).setKey("severity").setAutoWidth(true);
        grid.addColumn(StandardWording::note).setHeader(getTranslation("wording.note")).setKey("note");
        grid.addComponentColumn(pair -> {
            Button remove = new Button(getTranslation("wording.remove"), click -> {
                wording.remove(pair.wrong());
                Notices.success(getTranslation("wording.removed", pair.wrong()));
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        NarrowGrid.showCardsWhenNarrow(grid, pair -> pair.wrong() + " → " + pair.right(),
                pair -> pair.note().isBlank() ? getTranslation("wording.severity." + pair.severity().name())
                        : getTranslation("wording.severity." + pair.severity().name()) + " · " + pair.note(),
                "remove");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("wording.empty"));
        grid.addItemClickListener(click -> show(click.getItem()));

        Upload upload = new Upload();
        upload.setUploadHandler(new CsvReceiver());
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("wording.import")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("wording.import.drop")));
        Anchor export = new Anchor(CsvDownload.of("standard-wording", () -> "",
                (none, locale, out) -> wording.export(out, key -> getTranslation(locale, key))),
                getTranslation("wording.export"));
        importProblems.addClassName("wording-import-problems");
        importProblems.setVisible(false);
        FlexLayout tools = new FlexLayout(upload, export);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(Alignment.CENTER);
        tools.getStyle().set("gap", "var(--lumo-space-m)");

        refresh();
        add(new H2(getTranslation("wording.heading")), new Paragraph(getTranslation("wording.help")), form, save,
                tools, importProblems, grid);
    }

    private void show(StandardWording pair) {
        wrong.setValue(pair.wrong());
        right.setValue(pair.right());
        note.setValue(pair.note());
        severity.setValue(pair.severity());
        clearInvalid();
    }

    private void save() {
        clearInvalid();
        try {
            StandardWording.Severity chosen = severity.getValue() == null ? StandardWording.Severity.WARN
                    : severity.getValue();
            StandardWording pair = new StandardWording(wrong.getValue(), right.getValue(), note.getValue(), chosen);
            wording.save(pair);
            Notices.success(getTranslation("wording.saved", pair.wrong(), pair.right()));
            wrong.clear();
            right.clear();
            note.clear();
            refresh();
        } catch (StandardWordingRefusedException e) {
            TextField field = switch (e.field()) {
                case "right" -> right;
                case "note" -> note;
                default -> wrong;
            };
            field.setErrorMessage(Notices.message(e));
            field.setInvalid(true);
        } catch (PortalException e) {
            Notices.error(e);
        }
    }

    private void clearInvalid() {
        wrong.setInvalid(false);
        right.setInvalid(false);
        note.setInvalid(false);
    }

    private void refresh() {
        grid.setItems(wording.list());
    }

    /** Shows the result of an import: how many pairs it added or changed, or every refused row and why. */
    private void imported(int changed) {
        importProblems.setVisible(false);
        Notices.success(getTranslation("wording.imported", changed));
        refresh();
    }

    private void refused(PortalException e) {
        importProblems.removeAll();
        importProblems.add(new Paragraph(Notices.message(e)));
        if (e instanceof StandardWordingImportException rows) {
            UnorderedList list = new UnorderedList();
            for (StandardWordingImportException.RowProblem row : rows.rows()) {
                list.add(new ListItem(getTranslation("wording.import.row", row.line(),
                        getTranslation(row.messageKey(), row.args().toArray()))));
            }
            importProblems.add(list);
        }
        importProblems.setVisible(true);
    }

    /** Reads the file in the upload's request, imports it there, and shows the outcome in the UI. */
    private final class CsvReceiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream body = event.getInputStream()) {
                bytes = body.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                ui.access(() -> refused(new FileTooLarge()));
                return;
            }
            String text = decode(bytes);
            try {
                int changed = wording.importCsv(text);
                ui.access(() -> imported(changed));
            } catch (PortalException e) {
                ui.access(() -> refused(e));
            }
        }
    }

    /**
     * The file's text: UTF-8 (as the export writes it), or else GB18030, which covers the GBK files that Chinese
     * spreadsheet programs save by default.
     */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
    }

    /** The CSV file is larger than the portal reads. */
    private static final class FileTooLarge extends PortalException {
        FileTooLarge() {
            super("error.wording.import.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wording.heading");
    }
}
