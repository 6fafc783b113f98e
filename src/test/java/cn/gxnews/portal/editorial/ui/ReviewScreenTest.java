package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.GUILIN_CHANGES_REQUESTED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's one screen: what changed, the comments, and every decision, scheduling included. */
class ReviewScreenTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private PublishedNewsService publishedNews;

    @Test
    void a_resubmitted_article_shows_what_changed_since_it_was_last_submitted() {
        ArticleId id = idOf(GUILIN_CHANGES_REQUESTED);
        Article sentBack = as("author.guilin", () -> articles.find(id));
        Article revised = as("author.guilin", () -> articles.save(id, sentBack.version(), ArticleDraft.of(
                GUILIN_CHANGES_REQUESTED, "桂林分公司40名员工参加义务植树。",
                List.of("春季，桂林分公司组织40名员工参加义务植树活动。"))));
        as("author.guilin", () -> articles.submit(id, revised.version()));

        login("editor.guilin");
        open("review/article/" + id);

        _assertOne(Paragraph.class, spec -> spec.withText("与上次提交的第 1 版比较："));
        List<String> inserted = _find(Span.class, spec -> spec.withClasses("diff-ins")).stream()
                .map(Span::getText).toList();
        assertThat(inserted).contains("40名");
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-changed"))).hasSize(1);
    }

    @Test
    void a_new_article_is_shown_as_all_new() {
        login("editor.liuzhou");
        open("review/article/" + idOf(LIUZHOU_IN_REVIEW));

        _assertOne(Paragraph.class, spec -> spec.withText("这是新稿件，以下全部为新增内容。"));
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-added"))).hasSize(3);
    }

    @Test
    void an_edit_of_a_live_article_is_compared_with_what_readers_see() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        Article live = as("editor.liuzhou", () -> articles.find(id));
        Article edited = as("editor.liuzhou", () -> articles.save(id, live.version(), ArticleDraft.of(
                LIUZHOU_PUBLISHED, live.working().content().summary(), List.of("新址位于学院路50号。"))));
        as("editor.liuzhou", () -> articles.submit(id, edited.version()));

        login("editor.all");
        open("review/article/" + id);

        _assertOne(Paragraph.class, spec -> spec.withText("与网站上的第 1 版比较："));
        _assertOne(Paragraph.class, spec -> spec.withText("网站上显示的是已发布的版本；下面是等待审核的修改。"));
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-removed"))).isNotEmpty();
    }

    @Test
    void the_editor_schedules_publication_in_beijing_time() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        LocalDateTime nineTomorrow = LocalDateTime.now(Translations.ZONE).plusDays(1).truncatedTo(ChronoUnit.DAYS)
                .withHour(9);
        login("editor.liuzhou");
        open("review/article/" + id);

        _click(_get(Button.class, spec -> spec.withText("批准并定时发布")));
        _click(_get(Button.class, spec -> spec.withText("批准并排期")));
        DateTimePicker publishAt = _get(DateTimePicker.class, spec -> spec.withLabel("发布时间"));
        assertThat(publishAt.isInvalid()).isTrue();
        _setValue(publishAt, nineTomorrow);
        _click(_get(Button.class, spec -> spec.withText("批准并排期")));

        Article scheduled = as("editor.liuzhou", () -> articles.find(id));
        assertThat(scheduled.state()).isEqualTo(ArticleState.SCHEDULED);
        assertThat(scheduled.publishAt()).isEqualTo(nineTomorrow.atZone(Translations.ZONE).toInstant());
        assertThat(publishedNews.find(id)).isEmpty();
        assertThat(currentView()).isEqualTo(ReviewQueueView.class);
    }

    @Test
    void an_unpublish_time_before_the_publish_time_is_marked_on_its_picker_and_the_dialog_stays() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        LocalDateTime nineTomorrow = LocalDateTime.now(Translations.ZONE).plusDays(1).truncatedTo(ChronoUnit.DAYS)
                .withHour(9);
        login("editor.liuzhou");
        open("review/article/" + id);

        _click(_get(Button.class, spec -> spec.withText("批准并定时发布")));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("发布时间")), nineTomorrow);
        DateTimePicker unpublishAt = _get(DateTimePicker.class, spec -> spec.withLabel("下线时间（可选）"));
        _setValue(unpublishAt, nineTomorrow.minusHours(1));
        _click(_get(Button.class, spec -> spec.withText("批准并排期")));

        assertThat(unpublishAt.isInvalid()).isTrue();
        assertThat(unpublishAt.getErrorMessage()).isEqualTo("下线时间必须晚于发布时间");
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("发布时间")).getValue()).isEqualTo(nineTomorrow);
        assertThat(as("editor.liuzhou", () -> articles.find(id)).state()).isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void the_editor_takes_a_published_article_offline_and_puts_it_back() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        login("editor.liuzhou");
        open("review/article/" + id);

        _click(_get(Button.class, spec -> spec.withText("下线")));
        assertThat(publishedNews.find(id)).isEmpty();

        open("review/article/" + id);
        _click(_get(Button.class, spec -> spec.withText("重新发布")));
        assertThat(publishedNews.find(id)).isPresent();
    }

    @Test
    void editor_and_author_discuss_in_comments_and_the_thread_is_resolved() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        login("editor.liuzhou");
        open("review/article/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("新评论")), "展位照片能换一张吗？");
        _click(_get(Button.class, spec -> spec.withText("发表评论")));
        logout();

        login("author.liuzhou");
        open("article/" + id);
        _assertOne(Paragraph.class, spec -> spec.withText("展位照片能换一张吗？"));
        _setValue(_get(TextArea.class, spec -> spec.withPlaceholder("回复…")), "好的，明天换。");
        _click(_get(Button.class, spec -> spec.withText("回复")));
        logout();

        login("editor.liuzhou");
        open("review/article/" + id);
        _assertOne(Paragraph.class, spec -> spec.withText("好的，明天换。"));
        _click(_get(Button.class, spec -> spec.withText("标记为已解决")));
        _assertOne(Span.class, spec -> spec.withText("已由 覃芳（柳州编辑） 标记为已解决"));
        _assertOne(Div.class, spec -> spec.withClasses("comment-resolved"));
    }
}
