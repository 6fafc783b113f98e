package cn.gxnews.portal.media.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.TestPhotos;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** An author uploads a photo to the office library, describes it, and finds it by its caption. */
class UploadPhotoTest extends AbstractDeskTest {

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
    }

    @Test
    void a_file_that_is_not_a_photo_is_refused_with_a_clear_message_and_nothing_is_added() {
        login("author.guilin");
        open("media");
        int before = GridKt._size(_get(Grid.class));

        UploadKt._upload(_get(Upload.class), "photo.jpg", "image/jpeg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(notifications()).anyMatch(text -> text.contains("JPEG") || text.contains("PNG"));
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before);
    }
}
