package cn.gxnews.portal.media;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.HugeUpload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static cn.gxnews.portal.TestPhotos.jpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each office's media library on the real database: stored once, scoped by office, nothing kept on refusal. */
class MediaLibraryServiceTest extends AbstractIntegrationTest {

    @Autowired
    private MediaService media;

    @Test
    void an_uploaded_photo_is_stored_once_with_its_variants_and_shown_in_the_offices_library() throws Exception {
        byte[] photo = jpeg(1200, 800, Color.ORANGE);
        int blobs = db.fetchCount(db.selectFrom("media_blob"));
        int files = db.fetchCount(db.selectFrom("media_file"));
        int inLibrary = as("author.liuzhou", () -> media.count(""));

        MediaItem first = as("author.liuzhou", () -> media.upload(photo));
        MediaItem again = as("editor.liuzhou", () -> media.upload(photo));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.width()).isEqualTo(1200);
        assertThat(first.uploadedByName()).isEqualTo("韦强（柳州撰稿）");
        assertThat(db.fetchCount(db.selectFrom("media_blob"))).isEqualTo(blobs + 1);
        assertThat(db.fetchCount(db.selectFrom("media_file"))).isEqualTo(files + 3);
        assertThat(as("author.liuzhou", () -> media.count(""))).isEqualTo(inLibrary + 1);
        assertThat(as("author.liuzhou", () -> media.file(first.id(), 320)))
                .hasValueSatisfying(file -> assertThat(file.width()).isEqualTo(320));
    }

    @Test
    void another_office_neither_sees_nor_describes_the_photo_but_stores_its_own_entry() throws Exception {
        byte[] photo = jpeg(600, 400, Color.BLUE);
        int blobs = db.fetchCount(db.selectFrom("media_blob"));
        int guilinLibrary = as("author.guilin", () -> media.count(""));
        int allLibraries = as("editor.all", () -> media.count(""));
        MediaItem liuzhou = as("author.liuzhou", () -> media.upload(photo));

        assertThat(as("author.guilin", () -> media.count(""))).isEqualTo(guilinLibrary);
        assertThat(as("author.guilin", () -> media.file(liuzhou.id(), 320))).isEmpty();
        assertThatThrownBy(() -> as("author.guilin", () -> media.describe(liuzhou.id(), liuzhou.version(), "改", "", "")))
                .isInstanceOf(PhotoRejectedException.class);

        MediaItem guilin = as("author.guilin", () -> media.upload(photo));
        assertThat(guilin.id()).isNotEqualTo(liuzhou.id());
        assertThat(db.fetchCount(db.selectFrom("media_blob"))).isEqualTo(blobs + 1);
        assertThat(as("editor.all", () -> media.count(""))).isEqualTo(allLibraries + 2);
    }

    @Test
    void a_refused_file_stores_nothing() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        int blobs = db.fetchCount(db.selectFrom("media_blob"));
        int inLibraries = db.fetchCount(db.selectFrom("media"));

        assertThatThrownBy(() -> as("author.liuzhou", () -> media.upload(html)))
                .isInstanceOfSatisfying(PhotoRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("media.error.unsupported"));
        assertThat(db.fetchCount(db.selectFrom("media_blob"))).isEqualTo(blobs);
        assertThat(db.fetchCount(db.selectFrom("media"))).isEqualTo(inLibraries);
    }

    @Test
    void an_upload_is_read_no_further_than_one_byte_past_the_limit_and_refused() {
        HugeUpload huge = HugeUpload.of200Megabytes();
        int before = db.fetchCount(db.selectFrom("media"));

        assertThatThrownBy(() -> as("author.liuzhou", () -> media.upload(huge)))
                .isInstanceOfSatisfying(PhotoRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("media.error.tooLarge"));
        assertThat(huge.bytesRead()).isEqualTo(as("author.liuzhou", () -> media.maxUploadBytes()) + 1);
        assertThat(db.fetchCount(db.selectFrom("media"))).isEqualTo(before);
    }

    @Test
    void a_photo_arriving_as_a_stream_is_stored_like_any_other() throws Exception {
        byte[] photo = jpeg(640, 480, Color.MAGENTA);
        int before = as("author.liuzhou", () -> media.count(""));

        MediaItem item = as("author.liuzhou", () -> media.upload(new ByteArrayInputStream(photo)));

        assertThat(item.width()).isEqualTo(640);
        assertThat(as("author.liuzhou", () -> media.count(""))).isEqualTo(before + 1);
    }

    @Test
    void captions_are_searchable_and_a_stale_description_is_refused() throws Exception {
        byte[] photo = jpeg(400, 300, Color.GREEN);
        MediaItem item = as("author.liuzhou", () -> media.upload(photo));
        as("author.liuzhou", () -> media.describe(item.id(), item.version(), "柳州分公司新展位", "韦强", "展位上的员工在介绍产品"));

        assertThat(as("author.liuzhou", () -> media.library("新展位", 0, 10).toList())).extracting(MediaItem::caption)
                .containsExactly("柳州分公司新展位");
        assertThat(as("author.liuzhou", () -> media.count("植树"))).isZero();
        assertThatThrownBy(() -> as("editor.liuzhou", () -> media.describe(item.id(), item.version(), "旧版本", "", "")))
                .isInstanceOfSatisfying(PhotoRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("media.error.stale"));
    }

    @Test
    void nobody_without_a_staff_role_uses_the_library() {
        assertThatThrownBy(() -> as("admin", () -> media.count(""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> media.count("")).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
