package cn.gxnews.portal.readership.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.readership.ReadershipCounter;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's own views, where its people look at it: the editor (author and editor) and the review screen.
 * The screens are the article's and the editorial desk's; the figures are readership's.
 */
class ArticleViewsShownTest extends AbstractDeskTest {

    @Autowired
    private ReadershipCounter counter;
    @Autowired
    private Clock clock;

    @AfterEach
    void writeWhatWasCounted() {
        counter.flush();
    }

    private long publishedWithViews() {
        long id = idOf(LIUZHOU_PUBLISHED).value();
        for (int i = 0; i < 3; i++) {
            counter.count(id);
        }
        counter.flush();
        // twenty days ago: counted in all, not in the last seven days
        db.execute("insert into article_views (article_id, day, views) values (?, ?, 40)", id,
                LocalDate.ofInstant(clock.instant(), Translations.ZONE).minusDays(20));
        return id;
    }

    @Test
    void the_author_sees_the_views_of_their_published_article_in_the_editor() {
        long id = publishedWithViews();
        login("author.liuzhou");
        open("article/" + id);
        assertThat(_get(Span.class, spec -> spec.withClasses("article-views")).getText())
                .isEqualTo("阅读量：共 43 次，近7天 3 次");
    }

    @Test
    void a_draft_never_published_shows_no_views() {
        login("author.liuzhou");
        open("article/" + idOf(LIUZHOU_DRAFT));
        _assertNone(Span.class, spec -> spec.withClasses("article-views"));
    }

    @Test
    void the_editor_sees_the_views_on_the_review_screen() {
        long id = publishedWithViews();
        login("editor.liuzhou");
        open("review/article/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("review-views")).getText())
                .isEqualTo("阅读量：共 43 次，近7天 3 次");
    }
}
