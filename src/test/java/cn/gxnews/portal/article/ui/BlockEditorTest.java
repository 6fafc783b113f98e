package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._focus;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The writer builds the body from blocks: adds, reorders and deletes them, and puts a photo in. */
class BlockEditorTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Test
    void the_writer_adds_reorders_and_deletes_blocks_and_uploads_a_captioned_photo() {
        login("author.guilin");
        open("article/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "桂林分公司植树活动");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "员工参加义务植树。");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "第一段：活动在3月12日举行。");

        _click(_get(Button.class, spec -> spec.withText("小标题")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("小标题")), "活动现场");
        _click(_get(Button.class, spec -> spec.withText("引文")));
        TextArea quote = _get(TextArea.class, spec -> spec.withLabel("引文"));
        _setValue(quote, "植树造林，绿化家园。");
        // the block being edited shows the controls, the others do not
        _focus(quote);
        assertThat(control("上移").getParent().flatMap(Component::getParent)).isEqualTo(quote.getParent());
        // the quote goes above the heading
        _click(control("上移"));
        // the heading goes; the controls move to the block that is last now, the quote
        TextArea heading = _get(TextArea.class, spec -> spec.withLabel("小标题"));
        _focus(heading);
        assertThat(control("删除").getParent().flatMap(Component::getParent)).isEqualTo(heading.getParent());
        _click(control("删除"));
        assertThat(control("删除").getParent().flatMap(Component::getParent)).isEqualTo(quote.getParent());

        _click(_get(Button.class, spec -> spec.withText("照片")));
        _click(_get(Button.class, spec -> spec.withText("选择照片…")));
        UploadKt._upload(_get(Upload.class), "现场.jpg", "image/jpeg", TestPhotos.jpeg(1000, 700, new Color(30, 140, 70)));
        MockVaadin.clientRoundtrip(false);
        _setValue(_get(TextField.class, spec -> spec.withLabel("图片说明")), "员工在山坡上种树");
        _setValue(_get(TextField.class, spec -> spec.withLabel("替代文字")), "几名员工扶着树苗培土");
        _setValue(_get(TextField.class, spec -> spec.withLabel("摄影")), "蒋涛");
        assertThat(_find(Image.class)).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withText("保存")));

        Article saved = as("author.guilin", () -> articles.find(idOf("桂林分公司植树活动")));
        List<Block> body = saved.working().content().body();
        assertThat(body).hasSize(3);
        assertThat(body.get(0)).isEqualTo(new Block.Paragraph("第一段：活动在3月12日举行。"));
        assertThat(body.get(1)).isEqualTo(new Block.Quote("植树造林，绿化家园。"));
        assertThat(body.get(2)).isInstanceOfSatisfying(Block.Photo.class, photo -> {
            assertThat(photo.mediaSha256()).hasSize(64);
            assertThat(photo.caption()).isEqualTo("员工在山坡上种树");
            assertThat(photo.alt()).isEqualTo("几名员工扶着树苗培土");
            assertThat(photo.credit()).isEqualTo("蒋涛");
        });
    }

    /** The one move or delete control there is: the one of the block being edited. */
    private static Button control(String label) {
        return _get(Button.class, spec -> spec.withPredicate(b -> label.equals(b.getAriaLabel().orElse(""))));
    }

    @Test
    void a_photo_without_alt_text_blocks_submission_and_is_marked() {
        login("author.guilin");
        open("article/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "缺少替代文字的稿件");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "摘要");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "正文。");
        _click(_get(Button.class, spec -> spec.withText("照片")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("图片说明")), "现场");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        TextField alt = _get(TextField.class, spec -> spec.withLabel("替代文字"));
        assertThat(alt.isInvalid()).isTrue();
        assertThat(alt.getErrorMessage()).isEqualTo("请填写替代文字");
    }

    @Test
    void the_photo_block_and_the_cover_upload_like_the_media_library_in_chinese_and_name_a_refused_file() {
        login("author.guilin");
        open("article/new");
        _click(_get(Button.class, spec -> spec.withText("照片")));
        _click(_get(Button.class, spec -> spec.withText("选择照片…")));

        Upload upload = _get(Upload.class);
        assertThat(_find(Span.class, spec -> spec.withText("也可以把照片拖到这里"))).hasSize(1);
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("只能上传 JPEG 或 PNG 格式的照片。");
        UploadKt._upload(upload, "现场.jpg", "image/jpeg", "这不是照片".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("photo-upload-refusal")).getText())
                .isEqualTo("现场.jpg：只能上传 JPEG 或 PNG 格式的照片。");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("取消")));

        _click(_get(Button.class, spec -> spec.withText("选择封面…")));
        assertThat(_find(Span.class, spec -> spec.withText("也可以把照片拖到这里"))).hasSize(1);
        assertThat(_get(Upload.class).getI18n().getError().getIncorrectFileType())
                .isEqualTo("只能上传 JPEG 或 PNG 格式的照片。");
    }
}
