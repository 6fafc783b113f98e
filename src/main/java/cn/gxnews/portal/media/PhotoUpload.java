package cn.gxnews.portal.media;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The desk's one way of taking photo uploads, in the media library and in the article editor's photo picker
 * (cover and photo blocks alike). The bytes are read as they arrive and never more than one past
 * {@link MediaService#maxUploadBytes()}; an upload that announces more is refused before a byte is read.
 * The browser refuses larger files and other types before sending them.
 *
 * <p>A refused file looks refused: the server answers the refusal as a failed upload, so the file's row in
 * the upload turns red with the reason in the member's language, and the line under the upload names the
 * file and the reason, also for the files the browser refused and never sent.
 */
public class PhotoUpload extends Composite<Div> {

    /** Files that one choice in the file dialog may hold. */
    static final int MAX_FILES = 10;

    /**
     * Shows the server's reason in the refused file's row instead of the upload's one general text. The
     * reason comes in the JSON of Vaadin's refusal answer ({@code {"rejected":[{"fileName","reason"}]}}).
     */
    private static final String ROW_SHOWS_THE_REASON = """
            if (!this.__photoUploadReasons) {
              this.__photoUploadReasons = true;
              this.addEventListener('upload-error', event => {
                try {
                  const rejected = JSON.parse(event.detail.xhr.responseText).rejected;
                  if (rejected && rejected.length > 0 && rejected[0].reason) {
                    event.detail.file.error = rejected[0].reason;
                  }
                } catch (notARefusal) {
                  // another failure: the upload's own translated text stays
                }
              });
            }""";

    private final MediaService media;
    private final Consumer<MediaItem> stored;
    private final Upload upload = new Upload();
    private final Paragraph refusal = new Paragraph();

    /** @param stored told about each photo stored from this upload, in the UI's thread */
    public PhotoUpload(MediaService media, Consumer<MediaItem> stored) {
        this.media = media;
        this.stored = stored;

        upload.setUploadHandler(new Receiver());
        // a hint for the file dialog and the browser's own check; the server judges the bytes, never the name
        setAcceptedTypes(upload);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, media.maxUploadBytes()));
        upload.setMaxFiles(MAX_FILES);
        upload.setI18n(i18n());
        upload.setDropLabel(new Span(getTranslation("media.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("media.upload.button")));
        upload.addFileRejectedListener(rejected -> showRefusal(rejected.getFileName(), rejected.getErrorMessage()));
        upload.getElement().executeJs(ROW_SHOWS_THE_REASON);

        refusal.addClassName("photo-upload-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        getContent().addClassName("photo-upload");
        getContent().add(upload, refusal);
    }

    @SuppressWarnings("deprecation")
    private static void setAcceptedTypes(Upload upload) {
        // Only a hint, on purpose: Upload's newer setAcceptedMimeTypes/-FileExtensions also refuse on the server
        // by the declared type and name, with an English message of their own. The intake checks the bytes.
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
    }

    /** The upload's own texts (file rows, its refusals, its buttons) in the member's language. */
    private UploadI18N i18n() {
        String tooLarge = translations().message(PhotoRejectedException.tooLarge(media.maxUploadBytes()), getLocale());
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("media.upload.drop"))
                        .setMany(getTranslation("media.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("media.upload.button"))
                        .setMany(getTranslation("media.upload.button")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.error.tooManyFiles", MAX_FILES))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(getTranslation(PhotoRejectedException.UNSUPPORTED)))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining.prefix"))
                                .setUnknown(getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("upload.error.unexpectedServerError"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(tooLarge)))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start"))
                        .setRemove(getTranslation("upload.file.remove")));
    }

    /** The portal's bundles, for refusals: in the UI's thread and in the upload's request alike. */
    private static Translations translations() {
        return (Translations) VaadinService.getCurrent().getInstantiator().getI18NProvider();
    }

    private void showRefusal(String fileName, String reason) {
        refusal.setText(getTranslation("upload.refused", fileName, reason));
        refusal.setVisible(true);
    }

    private void photoStored(MediaItem item) {
        refusal.setVisible(false);
        stored.accept(item);
    }

    /**
     * Runs in the upload's own request, not in the UI's thread: it answers a refusal through the request (so
     * the browser marks the file failed) and tells the UI through {@link UI#access}.
     */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            try {
                if (event.getFileSize() > media.maxUploadBytes()) {
                    throw PhotoRejectedException.tooLarge(media.maxUploadBytes());
                }
                MediaItem item;
                try (InputStream body = event.getInputStream()) {
                    item = media.upload(body);
                } catch (UncheckedIOException brokenOff) {
                    // the sender went away: Vaadin knows a client's abort by its own exception
                    throw brokenOff.getCause();
                }
                ui.access(() -> photoStored(item));
            } catch (PortalException refused) {
                String reason = translations().message(refused, ui.getLocale());
                event.reject(reason);
                ui.access(() -> showRefusal(event.getFileName(), reason));
            }
        }

        /**
         * Vaadin writes its refusal answer (JSON) without a charset, so the container would send the reason in
         * ISO-8859-1 and a Chinese reason would arrive as question marks.
         */
        @Override
        public void responseHandled(UploadResult result) {
            if (result.response() instanceof HttpServletResponse response) {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            UploadHandler.super.responseHandled(result);
        }

        /** Only for multipart uploads (vaadin-upload sends the raw file): the same limit. */
        @Override
        public long getFileSizeMax() {
            return media.maxUploadBytes();
        }

    }
}
