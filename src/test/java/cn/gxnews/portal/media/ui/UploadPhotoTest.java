package cn.gxnews.portal.media.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.HugeUpload;
import cn.gxnews.portal.TestPhotos;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author uploads a photo to the office library, describes it, and finds it by its caption; a file the
 * portal does not take is named beside the upload with the reason, whether the browser or the server refused it.
 */
class UploadPhotoTest extends AbstractDeskTest {

    /** {@code portal.media.max-bytes}: 15 MB. */
    private static final long LIMIT = 15L * 1024 * 1024;
    private static final String TOO_LARGE = "照片太大：文件不能超过 15 MB。请压缩后重新上传。";

    @Test
    void an_author_uploads_a_photo_describes_it_and_finds_it_again() {
        login("author.guilin");
        open("media");
        int before = GridKt._size(_get(Grid.class));

        UploadKt._upload(_get(Upload.class), "植树.jpg", "image/jpeg", TestPhotos.jpeg(900, 600, new Color(40, 120, 60)));
        MockVaadin.clientRoundtrip(false);

        assertThat(notifications()).anyMatch(text -> text.startsWith("照片已上传（900 × 600）"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("图片说明")), "桂林分公司员工参加义务植树");
        _setValue(_get(TextField.class, spec -> spec.withLabel("替代文字")), "员工在山坡上种树");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按图片说明或替代文字搜索")), "植树");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "caption")).isEqualTo("桂林分公司员工参加义务植树");
        assertThat(GridKt._getFormatted(grid, 0, "size")).isEqualTo("900 × 600");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("photo-upload-refusal"))).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_photo_is_refused_with_its_name_and_the_reason_and_nothing_is_added() {
        login("author.guilin");
        open("media");
        int before = GridKt._size(_get(Grid.class));

        UploadEvent upload = upload("photo.jpg", -1,
                stream("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(upload.isRejected()).isTrue();
        assertThat(upload.getRejectionMessage()).isEqualTo("只能上传 JPEG 或 PNG 格式的照片。");
        assertThat(refusal().getText()).isEqualTo("photo.jpg：只能上传 JPEG 或 PNG 格式的照片。");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before);
    }

    @Test
    void an_upload_of_200_mb_is_refused_after_reading_one_byte_past_the_limit() {
        login("author.guilin");
        open("media");
        int before = GridKt._size(_get(Grid.class));
        HugeUpload huge = HugeUpload.of200Megabytes();

        // sent in chunks, as a client that does not say the size beforehand
        UploadEvent upload = upload("大照片.jpg", -1, huge);

        assertThat(huge.bytesRead()).isLessThanOrEqualTo(LIMIT + 1);
        assertThat(upload.isRejected()).isTrue();
        assertThat(upload.getRejectionMessage()).isEqualTo(TOO_LARGE);
        assertThat(refusal().getText()).isEqualTo("大照片.jpg：" + TOO_LARGE);
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before);
    }

    @Test
    void an_upload_that_announces_200_mb_is_refused_without_reading_it() {
        login("author.guilin");
        open("media");
        HugeUpload huge = HugeUpload.of200Megabytes();

        UploadEvent upload = upload("大照片.jpg", huge.size(), huge);

        assertThat(huge.bytesRead()).isZero();
        assertThat(upload.getRejectionMessage()).isEqualTo(TOO_LARGE);
        assertThat(refusal().getText()).isEqualTo("大照片.jpg：" + TOO_LARGE);
    }

    @Test
    void a_file_of_another_type_that_the_browser_refuses_is_named_with_the_reason() {
        login("author.guilin");
        open("media");
        Upload upload = _get(Upload.class);

        // what vaadin-upload reports when a .txt file is chosen: its own text for the error, from the i18n
        ObjectNode rejected = new ObjectMapper().createObjectNode()
                .put("event.detail.error", upload.getI18n().getError().getIncorrectFileType())
                .put("event.detail.file.name", "会议纪要.txt");
        BasicUtilsKt._fireDomEvent(upload, "file-reject", rejected);

        assertThat(refusal().getText()).isEqualTo("会议纪要.txt：只能上传 JPEG 或 PNG 格式的照片。");
        assertThat(refusal().isVisible()).isTrue();
    }

    @Test
    void the_upload_speaks_chinese_in_the_chinese_desk() {
        login("author.guilin");
        open("media");
        Upload upload = _get(Upload.class);

        assertThat(upload.getI18n().getDropFiles().getMany()).isEqualTo("也可以把照片拖到这里");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo(TOO_LARGE);
        assertThat(upload.getI18n().getUploading().getError().getForbidden()).isEqualTo("服务器没有接受这个文件。");
        assertThat(upload.getI18n().getFile().getRemove()).isEqualTo("移除");
    }

    /** The line beside the upload that names a refused file. */
    private static Paragraph refusal() {
        return _get(Paragraph.class, spec -> spec.withClasses("photo-upload-refusal"));
    }

    /**
     * Sends a file to the upload as the browser's request would, the body read from the stream as it arrives.
     *
     * @param announcedSize the request's {@code Content-Length}, or -1 when the body comes in chunks
     */
    private static UploadEvent upload(String fileName, long announcedSize, InputStream body) {
        Upload upload = _get(Upload.class);
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        var raw = new HttpServletRequestWrapper(VaadinServletRequest.getCurrent().getHttpServletRequest()) {
            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return body.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }

            @Override
            public long getContentLengthLong() {
                return announcedSize;
            }
        };
        UploadEvent event = new UploadEvent(new VaadinServletRequest(raw, service),
                new VaadinServletResponse(new FakeResponse(), service), VaadinSession.getCurrent(), fileName,
                announcedSize, "image/jpeg", upload.getElement(), null);
        try {
            UploadKt.get_handler(upload).handleUploadRequest(event);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    private static InputStream stream(byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes);
    }
}
