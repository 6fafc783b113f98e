package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.office.ReviewTaker.OFFICE_EDITORS;
import static cn.gxnews.portal.office.ReviewTaker.PUBLISHERS;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviewers of an office with several review levels (三审制) on the review screen and in their queues. */
class ReviewLevelsScreenTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;
    @Autowired
    private OfficeService offices;
    @Autowired
    private PublishedNewsService publishedNews;
    @Autowired
    private ReviewService review;

    @Test
    void the_first_reviewer_passes_the_article_on_and_the_next_sees_their_decision_and_may_publish() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        Article submitted = submitted();
        login("editor.nanning");
        open("review/article/" + submitted.id());

        assertThat(levelLines()).containsExactly("初审：等待本分公司编辑审核", "复审：之后由本分公司编辑审核");
        _assertNone(Button.class, spec -> spec.withText("批准并发布"));
        _click(_get(Button.class, spec -> spec.withText("通过初审")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("审核意见（可选）")), "数字已核对");
        _click(_get(Button.class, spec -> spec.withText("通过并转下一级")));

        assertThat(notifications()).contains("初审已通过，已转下一级审核。");
        assertThat(currentView()).isEqualTo(ReviewQueueView.class);
        // still the office editors' level, now the second: the queue says so
        Grid<?> own = _get(Grid.class);
        assertThat(GridKt._getFormatted(own, rowOf(own, NANNING_DRAFT), "level")).isEqualTo("复审");

        logout();
        login("editor.all");
        open("review");
        Grid<?> queue = _get(Grid.class);
        int row = rowOf(queue, NANNING_DRAFT);
        assertThat(GridKt._getFormatted(queue, row, "level")).isEqualTo("复审");
        clickRow(queue, row);
        assertThat(levelLines()).hasSize(2);
        assertThat(levelLines().getFirst()).startsWith("初审：黄丽（南宁编辑） 于 ").endsWith(" 通过，意见：“数字已核对”");
        assertThat(levelLines().get(1)).isEqualTo("复审：等待本分公司编辑审核");
        _click(_get(Button.class, spec -> spec.withText("批准并发布")));

        assertThat(notifications()).contains("已批准并发布");
        assertThat(publishedNews.find(submitted.id())).isPresent();
    }

    @Test
    void the_first_levels_reviewer_is_told_why_they_may_not_take_the_next() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        Article submitted = submitted();
        login("editor.nanning");
        open("review/article/" + submitted.id());
        _click(_get(Button.class, spec -> spec.withText("通过初审")));
        _click(_get(Button.class, spec -> spec.withText("通过并转下一级")));

        open("review/article/" + submitted.id());

        _assertNone(Button.class, spec -> spec.withText("批准并发布"));
        _assertNone(Button.class, spec -> spec.withText("要求修改"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("review-earlier-level")).getText())
                .isEqualTo("您已审核过本轮的前一级，每一级须由不同的人审核。");
    }

    @Test
    void a_publisher_finds_the_final_level_in_their_queue_and_publishes_without_an_edit_button() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, PUBLISHERS));
        Article submitted = submitted();
        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), null));
        login("publisher");
        open("review");

        Grid<?> queue = _get(Grid.class);
        assertThat(GridKt._size(queue)).isEqualTo(1);
        assertThat(GridKt._getFormatted(queue, 0, "office")).isEqualTo("南宁");
        clickRow(queue, 0);
        assertThat(levelLines().get(1)).isEqualTo("复审：等待签发人（全公司）审核");
        _assertNone(Button.class, spec -> spec.withText("编辑稿件"));
        _click(_get(Button.class, spec -> spec.withText("批准并发布")));

        assertThat(as("editor.nanning", () -> articles.find(second.id())).state()).isEqualTo(ArticleState.PUBLISHED);
    }

    /** The review screen's list of levels, first level first, as the reviewer reads it. */
    private static List<String> levelLines() {
        return _get(Div.class, spec -> spec.withClasses("review-levels")).getChildren()
                .filter(UnorderedList.class::isInstance)
                .flatMap(com.vaadin.flow.component.Component::getChildren)
                .map(item -> ((ListItem) item).getText())
                .toList();
    }

    private static int rowOf(Grid<?> grid, String title) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._getFormatted(grid, row, "title").equals(title)) {
                return row;
            }
        }
        throw new AssertionError(title + " is not in the queue");
    }

    private void nanningHas(ReviewLevels levels) {
        Office nanning = offices.find("nanning").orElseThrow();
        as("admin", () -> offices.update(nanning, levels, offices.version("nanning")));
    }

    private Article submitted() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        return as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
    }
}
