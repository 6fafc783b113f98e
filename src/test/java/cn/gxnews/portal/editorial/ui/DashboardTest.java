package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.ChartTables;
import cn.gxnews.portal.TestClock;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.ChartFigure;
import cn.gxnews.portal.editorial.DashboardCharts;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static cn.gxnews.portal.office.ReviewTaker.OFFICE_EDITORS;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editors see how many articles of their offices stand in each state, how many they published per week, and how
 * long their reviews took.
 */
class DashboardTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;
    @Autowired
    private ReviewService review;
    @Autowired
    private OfficeService offices;
    @Autowired
    private TestClock clock;

    @Test
    void the_dashboard_charts_publications_per_week_and_the_median_and_slowest_review() {
        ArticleId inReview = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(inReview)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(inReview, version));
        ArticleId published = idOf(LIUZHOU_PUBLISHED);
        // the demo's published article: first published a week ago, reviewed in 6 hours; the new one in 2 hours
        db.execute("update article set first_published_at = first_published_at - interval '7 days' where id = ?",
                published.value());
        reviewed(published, 10, 4);
        reviewed(inReview, 3, 1);

        login("editor.liuzhou");
        open("dashboard");

        ChartTables publications = ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("publications-per-week")));
        assertThat(publications.svgTitle()).isEqualTo("近12周每周发布篇数");
        assertThat(publications.headers()).containsExactly("周（自周一起）", "柳州");
        assertThat(publications.rows()).hasSize(12);
        LocalDate monday = LocalDate.now(Translations.ZONE).with(DayOfWeek.MONDAY);
        DateTimeFormatter week = DateTimeFormatter.ofPattern("MM-dd");
        assertThat(publications.rows().get(11)).containsExactly(week.format(monday), "1");
        assertThat(publications.rows().get(10)).containsExactly(week.format(monday.minusWeeks(1)), "1");
        assertThat(publications.rows().get(9)).containsExactly(week.format(monday.minusWeeks(2)), "0");

        ChartTables turnaround = ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("review-turnaround")));
        assertThat(turnaround.caption()).isEqualTo("近90天审稿用时（小时，从提交到审核决定）");
        assertThat(turnaround.headers()).containsExactly("分公司", "中位数", "最慢");
        assertThat(turnaround.rows()).containsExactly(java.util.List.of("柳州", "4", "6"));
    }

    @Test
    void a_review_counts_from_the_submission_it_decided_not_a_withdrawn_one_and_once_across_its_levels() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        reviewed(idOf(NANNING_PUBLISHED_SEED), 10, 8);
        ArticleId draft = idOf(NANNING_DRAFT);
        // submitted 30 hours ago and withdrawn; submitted again 4 hours ago, the first level approved 3 hours ago,
        // the second (final) level approved and published now
        Article submitted = as("author.nanning", () -> articles.submit(draft, articles.find(draft).version()));
        happenedHoursAgo(draft, 30);
        Article withdrawn = as("author.nanning", () -> articles.withdraw(draft, submitted.version()));
        happenedHoursAgo(draft, 29);
        Article resubmitted = as("author.nanning", () -> articles.submit(draft, withdrawn.version()));
        happenedHoursAgo(draft, 4);
        Article secondLevel = as("editor.nanning", () -> review.approveLevel(draft, resubmitted.version(), null));
        happenedHoursAgo(draft, 3);
        as("editor.all", () -> review.approveAndPublish(draft, secondLevel.version()));

        login("editor.nanning");
        open("dashboard");

        // two decisions: the seed article's in 2 hours, this one's in 4 (not 30, nor a decision at the first level)
        ChartTables turnaround = ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("review-turnaround")));
        assertThat(turnaround.rows()).containsExactly(java.util.List.of("南宁", "3", "4"));
    }

    @Test
    void the_charts_are_a_minute_old_at_most_while_the_counts_are_live() {
        reviewed(idOf(LIUZHOU_PUBLISHED), 10, 4);
        login("editor.liuzhou");
        open("dashboard");
        assertThat(turnaroundRows()).containsExactly(java.util.List.of("柳州", "6", "6"));

        ArticleId inReview = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(inReview)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(inReview, version));
        reviewed(inReview, 2, 0);
        open("review");
        open("dashboard");
        // the counts show the approval at once; the charts are those of a moment ago
        assertThat(GridKt._getFormatted(_get(Grid.class), 0, "PUBLISHED")).isEqualTo("2");
        assertThat(turnaroundRows()).containsExactly(java.util.List.of("柳州", "6", "6"));

        clock.stopAt(java.time.Instant.now().plus(DashboardCharts.KEPT).plusSeconds(1));
        open("review");
        open("dashboard");
        assertThat(turnaroundRows()).containsExactly(java.util.List.of("柳州", "4", "6"));
    }

    private static java.util.List<java.util.List<String>> turnaroundRows() {
        return ChartTables.of(_get(ChartFigure.class, spec -> spec.withId("review-turnaround"))).rows();
    }

    /**
     * Sets when the article's submission and the approval of it happened, in hours ago; the approval keeps the time
     * of the submission it decided, as the portal writes it.
     */
    private void reviewed(ArticleId id, int submittedHoursAgo, int approvedHoursAgo) {
        db.execute("update workflow_event set occurred_at = now() - make_interval(hours => ?) "
                + "where article_id = ? and transition = 'SUBMIT'", submittedHoursAgo, id.value());
        db.execute("update workflow_event set occurred_at = now() - make_interval(hours => ?), "
                + "submitted_at = now() - make_interval(hours => ?) "
                + "where article_id = ? and transition = 'APPROVE_AND_PUBLISH'",
                approvedHoursAgo, submittedHoursAgo, id.value());
    }

    /** Moves the article's latest audit-trail entry (what was just done) this many hours into the past. */
    private void happenedHoursAgo(ArticleId id, int hours) {
        db.execute("update workflow_event set occurred_at = now() - make_interval(hours => ?) "
                + "where id = (select max(id) from workflow_event where article_id = ?)", hours, id.value());
    }

    private void nanningHas(ReviewLevels levels) {
        Office nanning = offices.find("nanning").orElseThrow();
        as("admin", () -> offices.update(nanning, levels, offices.version("nanning")));
    }

    @Test
    void an_office_editor_sees_the_counts_of_their_office() {
        login("editor.liuzhou");
        open("dashboard");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "office")).isEqualTo("柳州");
        assertThat(GridKt._getFormatted(grid, 0, "DRAFT")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "IN_REVIEW")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "PUBLISHED")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "SCHEDULED")).isEqualTo("0");
        assertThat(GridKt._getFormatted(grid, 0, "total")).isEqualTo("3");
    }

    @Test
    void an_editor_of_all_offices_sees_every_office_and_an_author_sees_none() {
        login("editor.all");
        open("dashboard");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 2, "office")).isEqualTo("桂林");
        assertThat(GridKt._getFormatted(grid, 2, "CHANGES_REQUESTED")).isEqualTo("1");
        logout();

        login("author.liuzhou");
        assertThatThrownBy(() -> open("dashboard")).hasMessageContaining("Access is denied");
    }
}
