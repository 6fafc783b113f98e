package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.desk.NotFoundView;
import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import cn.gxnews.portal.article.SensitiveWordService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.GUILIN_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An editor finds a submitted article in the queue, reads it as readers will, and decides. */
class ReviewArticleTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private PublishedNewsService publishedNews;

    @Autowired
    private SensitiveWordService sensitiveWords;

    @Test
    void an_office_editor_sees_only_their_offices_queue() {
        // the demo newsroom was submitted when the test run began: make the wait independent of that moment
        db.execute("update workflow_event set occurred_at = now() - interval '125 minutes' where to_state = 'IN_REVIEW'");
        login("editor.liuzhou");
        open("review");

        Grid<?> queue = _get(Grid.class);
        assertThat(GridKt._size(queue)).isEqualTo(1);
        assertThat(GridKt._getFormatted(queue, 0, "title")).isEqualTo(LIUZHOU_IN_REVIEW);
        assertThat(GridKt._getFormatted(queue, 0, "office")).isEqualTo("柳州");
        assertThat(GridKt._getFormatted(queue, 0, "author")).isEqualTo("韦强（柳州撰稿）");
        assertThat(GridKt._getFormatted(queue, 0, "waiting")).isEqualTo("2 小时");
    }

    @Test
    void an_editor_of_all_offices_sees_every_office_oldest_first() {
        login("editor.all");
        open("review");

        Grid<?> queue = _get(Grid.class);
        assertThat(GridKt._size(queue)).isEqualTo(2);
        assertThat(GridKt._getFormatted(queue, 0, "title")).isEqualTo(LIUZHOU_IN_REVIEW);
        assertThat(GridKt._getFormatted(queue, 1, "title")).isEqualTo(GUILIN_IN_REVIEW);
    }

    @Test
    void the_editor_approves_and_the_article_goes_live() {
        login("editor.liuzhou");
        open("review");
        clickRow(_get(Grid.class), 0);

        assertThat(currentView()).isEqualTo(ReviewView.class);
        String preview = _get(Html.class).getInnerHtml();
        assertThat(preview).contains("<h1 class=\"news-title\">" + LIUZHOU_IN_REVIEW + "</h1>", "<img src=\"/media/",
                "<figcaption>柳州分公司展位 <span class=\"news-credit\">示例图片 Sample image</span></figcaption>");

        _click(_get(Button.class, spec -> spec.withText("批准并发布")));

        assertThat(notifications()).contains("已批准并发布");
        assertThat(currentView()).isEqualTo(ReviewQueueView.class);
        assertThat(GridKt._size(_get(Grid.class))).isZero();
        assertThat(publishedNews.find(idOf(LIUZHOU_IN_REVIEW))).isPresent();
    }

    @Test
    void sending_back_needs_a_reason_and_the_author_gets_it() {
        ArticleId id = idOf(GUILIN_IN_REVIEW);
        login("editor.guilin");
        open("review/article/" + id);

        _click(_get(Button.class, spec -> spec.withText("要求修改")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("修改意见"));
        _click(_get(Button.class, spec -> spec.withText("退回修改")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写修改意见");
        assertThat(as("editor.guilin", () -> articles.find(id)).state()).isEqualTo(ArticleState.IN_REVIEW);

        _setValue(reason, "请写明交流会的日期和参会企业名单。");
        _click(_get(Button.class, spec -> spec.withText("退回修改")));

        assertThat(notifications()).contains("已退回作者修改");
        Article seenByAuthor = as("author.guilin", () -> articles.find(id));
        assertThat(seenByAuthor.state()).isEqualTo(ArticleState.CHANGES_REQUESTED);
        assertThat(seenByAuthor.openChangeRequest()).map(e -> e.comment()).contains("请写明交流会的日期和参会企业名单。");
    }

    @Test
    void an_editor_cannot_decide_on_an_article_they_wrote() {
        Article own = as("editor.liuzhou", () -> articles.createDraft(
                ArticleDraft.of("编辑自己写的稿件", "摘要", List.of("正文。"))));
        as("editor.liuzhou", () -> articles.submit(own.id(), own.version()));
        login("editor.liuzhou");
        open("review/article/" + own.id());

        _assertOne(Paragraph.class, spec -> spec.withText("您撰写或修改过等待审核的这一版本，需由本分公司的其他编辑审核。"));
        _assertNone(Button.class, spec -> spec.withText("批准并发布"));
        _assertNone(Button.class, spec -> spec.withText("要求修改"));
    }

    @Test
    void an_editor_who_edited_a_published_article_cannot_decide_on_the_edit_and_another_editor_can() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        Article live = as("editor.liuzhou", () -> articles.find(id));
        Article edited = as("editor.liuzhou", () -> articles.save(id, live.version(),
                new ArticleDraft(live.working().content().title(), "柳州分公司新址：学院路50号鑫中联大厦。",
                        live.working().content().body(), live.working().content().coverSha256())));
        as("editor.liuzhou", () -> articles.submit(id, edited.version()));

        login("editor.liuzhou");
        open("review/article/" + id);

        _assertOne(Paragraph.class, spec -> spec.withText("您撰写或修改过等待审核的这一版本，需由本分公司的其他编辑审核。"));
        _assertNone(Button.class, spec -> spec.withText("批准并发布"));
        _assertNone(Button.class, spec -> spec.withText("批准并定时发布"));
        _assertNone(Button.class, spec -> spec.withText("要求修改"));
        logout();

        login("editor.all");
        open("review/article/" + id);

        _assertNone(Paragraph.class, spec -> spec.withText("您撰写或修改过等待审核的这一版本，需由本分公司的其他编辑审核。"));
        _assertOne(Button.class, spec -> spec.withText("要求修改"));
        _click(_get(Button.class, spec -> spec.withText("批准并发布")));
        assertThat(notifications()).contains("已批准并发布");
        assertThat(publishedNews.find(id)).map(p -> p.content().summary()).contains("柳州分公司新址：学院路50号鑫中联大厦。");
    }

    @Test
    void an_approval_the_checks_refuse_shows_the_editor_what_to_fix() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        as("admin", () -> sensitiveWords.add("博览会"));
        login("editor.liuzhou");
        open("review/article/" + id);

        _click(_get(Button.class, spec -> spec.withText("批准并发布")));

        assertThat(notifications()).contains("稿件还不能批准：有 1 处问题需要先修改。");
        assertThat(currentView()).isEqualTo(ReviewView.class);
        _assertOne(Paragraph.class, spec -> spec.withText("批准前需要修改："));
        _assertOne(Span.class, spec -> spec.withText("含有敏感词："));
        _assertOne(Span.class, spec -> spec.withClasses("sensitive-word").withText("博览会"));

        // scheduling it instead is refused the same way, and says so on the screen too
        open("review/article/" + id);
        _assertNone(Paragraph.class, spec -> spec.withText("批准前需要修改："));
        _click(_get(Button.class, spec -> spec.withText("批准并定时发布")));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("发布时间")),
                LocalDateTime.now(Translations.ZONE).plusDays(1).truncatedTo(ChronoUnit.HOURS));
        _click(_get(Button.class, spec -> spec.withText("批准并排期")));
        _assertOne(Paragraph.class, spec -> spec.withText("批准前需要修改："));
        _assertOne(Span.class, spec -> spec.withClasses("sensitive-word").withText("博览会"));

        assertThat(as("editor.liuzhou", () -> articles.find(id)).state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(publishedNews.find(id)).isEmpty();
    }

    @Test
    void an_editor_of_another_office_cannot_open_the_article() {
        ArticleId liuzhou = idOf(LIUZHOU_IN_REVIEW);
        login("editor.guilin");
        open("review/article/" + liuzhou);

        assertThat(currentView()).isEqualTo(NotFoundView.class);
        _assertOne(Paragraph.class, spec -> spec.withText("找不到稿件 " + liuzhou + "，或您无权查看。"));
        _assertNone(Button.class, spec -> spec.withText("批准并发布"));
    }

    @Test
    void an_author_cannot_open_the_review_queue_or_screen() {
        login("author.liuzhou");

        assertThatThrownBy(() -> open("review")).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> open("review/article/" + idOf(LIUZHOU_IN_REVIEW)))
                .hasMessageContaining("Access is denied");
    }
}
