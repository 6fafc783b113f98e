package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Image;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The review screen shows what readers will see, and nothing a writer typed can run in the editor's browser. */
class SafePreviewTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private MediaService media;

    @Test
    void nothing_executable_reaches_the_preview_whatever_was_typed() {
        MediaItem photo = as("author.liuzhou", () -> media.upload(TestPhotos.jpeg(400, 300, Color.GRAY)));
        Article draft = as("author.liuzhou", () -> articles.createDraft(new ArticleDraft(
                "<script>alert(1)</script>标题", "<img src=x onerror=alert(2)>",
                List.of(new Block.Paragraph("[点我](javascript:alert(3)) <iframe src=//evil.example></iframe> **粗**"),
                        new Block.Paragraph("[x](data:text/html;base64,PHNjcmlwdD4=) [y](ＪＡＶＡＳＣＲＩＰＴ:alert(4))"),
                        new Block.Quote("<svg/onload=alert(5)>"),
                        new Block.Photo(photo.sha256(), "<a href=javascript:alert(6)>说明</a>", "\" onmouseover=alert(7)",
                                "\"><script>alert(8)</script>")))));
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        login("editor.liuzhou");
        open("review/article/" + submitted.id());

        String preview = _get(Html.class).getInnerHtml();
        var document = org.jsoup.Jsoup.parseBodyFragment(preview);
        assertThat(document.select("script, iframe, svg, object, embed, style")).isEmpty();
        // the one picture is the photo from the library, whatever its alt text says
        assertThat(document.select("img")).singleElement()
                .satisfies(img -> assertThat(img.attr("src")).startsWith("/media/" + photo.sha256() + "/"));
        assertThat(document.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on");
            assertThat(attribute.getValue()).doesNotContainIgnoringCase("javascript:").doesNotContain("data:");
        }));
        assertThat(document.select("a")).isEmpty();
        assertThat(preview).contains("<strong>粗</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;标题");
    }

    @Test
    void a_replaced_photo_is_shown_before_and_after() {
        byte[] first = TestPhotos.jpeg(600, 400, Color.RED);
        byte[] second = TestPhotos.jpeg(600, 400, Color.BLUE);
        MediaItem red = as("author.liuzhou", () -> media.upload(first));
        MediaItem blue = as("author.liuzhou", () -> media.upload(second));
        Article draft = as("author.liuzhou", () -> articles.createDraft(new ArticleDraft("换照片的稿件", "摘要",
                List.of(new Block.Paragraph("正文。"), new Block.Photo(red.sha256(), "现场", "", "现场照片")))));
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        Article sentBack = as("editor.liuzhou", () -> review.requestChanges(draft.id(), submitted.version(), "换一张"));
        Article revised = as("author.liuzhou", () -> articles.save(draft.id(), sentBack.version(), new ArticleDraft(
                "换照片的稿件", "摘要", List.of(new Block.Paragraph("正文。"),
                new Block.Photo(blue.sha256(), "现场", "", "现场照片")))));
        as("author.liuzhou", () -> articles.submit(draft.id(), revised.version()));
        login("editor.liuzhou");
        open("review/article/" + draft.id());

        List<Image> before = _find(Image.class, spec -> spec.withClasses("diff-photo-before"));
        List<Image> after = _find(Image.class, spec -> spec.withClasses("diff-photo-after"));
        assertThat(before).singleElement().satisfies(image -> assertThat(image.getSrc()).contains(red.sha256()));
        assertThat(after).singleElement().satisfies(image -> assertThat(image.getSrc()).contains(blue.sha256()));
    }
}
