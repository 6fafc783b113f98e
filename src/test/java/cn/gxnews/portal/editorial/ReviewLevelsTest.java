package cn.gxnews.portal.editorial;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.WorkflowEvent;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.notification.Notice;
import cn.gxnews.portal.notification.NotificationService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.StringWriter;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.office.ReviewTaker.OFFICE_EDITORS;
import static cn.gxnews.portal.office.ReviewTaker.PUBLISHERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Review levels per office (三审制, decision 0025), at the services: each rule of the levels, with the Nanning
 * office's demo draft by author.nanning. Nanning's editors are editor.nanning and editor.all; the company's
 * publisher is {@code publisher}.
 */
class ReviewLevelsTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;
    @Autowired
    private ReviewService review;
    @Autowired
    private OfficeService offices;
    @Autowired
    private AuditService audit;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private PublishedNewsService publishedNews;

    @Test
    void a_three_level_office_passes_the_article_from_first_to_final_review_and_the_final_level_publishes() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS, PUBLISHERS));
        Article submitted = submitted();
        assertThat(submitted.currentLevel()).isEqualTo(1);
        assertThat(submitted.atFinalLevel()).isFalse();
        assertThatThrownBy(() -> as("editor.nanning", () -> review.approveAndPublish(submitted.id(),
                submitted.version()))).isInstanceOf(NotAllowedException.class);

        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), "事实已核对"));
        assertThat(second.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(second.currentLevel()).isEqualTo(2);
        Article third = as("editor.all", () -> review.approveLevel(second.id(), second.version(), null));
        assertThat(third.currentLevel()).isEqualTo(3);
        assertThat(third.atFinalLevel()).isTrue();
        assertThat(publishedNews.find(third.id())).isEmpty();

        Article published = as("publisher", () -> review.approveAndPublish(third.id(), third.version()));

        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.live()).isTrue();
        assertThat(publishedNews.find(published.id())).isPresent();
        assertThat(published.history()).filteredOn(e -> e.reviewLevel() != null)
                .extracting(WorkflowEvent::transition, WorkflowEvent::reviewLevel, WorkflowEvent::actorName,
                        WorkflowEvent::comment)
                .containsExactly(
                        tuple(Transition.APPROVE_LEVEL, 1, "黄丽（南宁编辑）", "事实已核对"),
                        tuple(Transition.APPROVE_LEVEL, 2, "陆华（总编辑）", null),
                        tuple(Transition.APPROVE_AND_PUBLISH, 3, "蓝天（签发人）", null));
    }

    @Test
    void nobody_takes_two_levels_of_the_same_round() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        Article submitted = submitted();
        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), null));

        assertThatThrownBy(() -> as("editor.nanning", () -> review.approveAndPublish(second.id(), second.version())))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.earlierLevel"));
        assertThatThrownBy(() -> as("editor.nanning", () -> review.requestChanges(second.id(), second.version(), "改")))
                .isInstanceOf(NotAllowedException.class);

        assertThat(as("editor.all", () -> review.approveAndPublish(second.id(), second.version())).state())
                .isEqualTo(ArticleState.PUBLISHED);
    }

    @Test
    void whoever_changed_the_revision_under_review_takes_no_level() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        Article draft = as("editor.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        ArticleDraft text = draft.working().content();
        Article edited = as("editor.nanning", () -> articles.save(draft.id(), draft.version(),
                new ArticleDraft(text.title(), text.summary() + "（编辑修改）", text.body(), text.coverSha256())));
        Article submitted = as("author.nanning", () -> articles.submit(edited.id(), edited.version()));

        assertThatThrownBy(() -> as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), null)))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.ownRevision"));
        Article second = as("editor.all", () -> review.approveLevel(submitted.id(), submitted.version(), null));
        assertThatThrownBy(() -> as("editor.nanning", () -> review.approveAndPublish(second.id(), second.version())))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.ownRevision"));
    }

    @Test
    void changes_requested_at_the_second_level_go_back_to_the_author_and_the_next_submission_starts_at_the_first() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        Article submitted = submitted();
        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), null));

        Article sentBack = as("editor.all", () -> review.requestChanges(second.id(), second.version(), "请补充会议地点。"));

        Article seenByAuthor = as("author.nanning", () -> articles.find(sentBack.id()));
        assertThat(seenByAuthor.state()).isEqualTo(ArticleState.CHANGES_REQUESTED);
        assertThat(seenByAuthor.openChangeRequest()).map(WorkflowEvent::comment).contains("请补充会议地点。");
        assertThat(seenByAuthor.openChangeRequest()).map(WorkflowEvent::reviewLevel).contains(2);
        Article again = as("author.nanning", () -> articles.submit(seenByAuthor.id(), seenByAuthor.version()));
        assertThat(again.currentLevel()).isEqualTo(1);
        assertThat(again.levelDecisions()).isEmpty();
        // a new round: the first level's reviewer of the last round may take the first level again
        Article secondAgain = as("editor.nanning", () -> review.approveLevel(again.id(), again.version(), null));
        assertThat(secondAgain.currentLevel()).isEqualTo(2);
    }

    @Test
    void a_level_given_to_publishers_is_theirs_alone_and_they_change_no_text() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, PUBLISHERS));
        Article submitted = submitted();
        assertThatThrownBy(() -> as("publisher", () -> review.approveLevel(submitted.id(), submitted.version(), null)))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.notAllowed"));
        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), null));

        assertThatThrownBy(() -> as("editor.all", () -> review.approveAndPublish(second.id(), second.version())))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.notAllowed"));
        assertThatThrownBy(() -> as("publisher", () -> articles.save(second.id(), second.version(),
                ArticleDraft.of("签发人改的标题", "摘要", List.of("正文。")))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as("publisher", () -> review.approveAndPublish(second.id(), second.version())).state())
                .isEqualTo(ArticleState.PUBLISHED);
    }

    @Test
    void each_queue_shows_what_waits_for_its_readers_level_and_the_next_levels_reviewers_are_told() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, PUBLISHERS));
        Article submitted = submitted();
        assertThat(as("editor.nanning", () -> review.queue(0, 100).toList())).extracting(ReviewQueueItem::id)
                .contains(submitted.id());
        assertThat(as("publisher", () -> review.queue(0, 100).toList())).isEmpty();
        assertThat(as("publisher", () -> review.count())).isZero();
        assertThat(as("publisher", () -> notifications.mine(0, 100).toList())).isEmpty();

        as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), "可以签发"));

        assertThat(as("editor.nanning", () -> review.queue(0, 100).toList())).extracting(ReviewQueueItem::id)
                .doesNotContain(submitted.id());
        assertThat(as("publisher", () -> review.queue(0, 100).toList()))
                .extracting(ReviewQueueItem::id, ReviewQueueItem::officeCode, ReviewQueueItem::level)
                .containsExactly(tuple(submitted.id(), "nanning", 2));
        assertThat(as("publisher", () -> review.count())).isEqualTo(1);
        assertThat(as("publisher", () -> notifications.mine(0, 100).toList()))
                .extracting(Notice::articleId, Notice::comment)
                .containsExactly(tuple(submitted.id(), "可以签发"));
    }

    @Test
    void an_office_that_drops_levels_makes_its_new_last_level_the_final_one_for_articles_already_past_it() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS, PUBLISHERS));
        Article submitted = submitted();
        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), null));

        nanningHas(ReviewLevels.DEFAULT);

        Article now = as("editor.all", () -> articles.find(second.id()));
        assertThat(now.currentLevel()).isEqualTo(1);
        assertThat(now.atFinalLevel()).isTrue();
        assertThat(as("editor.all", () -> review.queue(0, 100).toList())).extracting(ReviewQueueItem::id)
                .contains(now.id());
        assertThat(as("editor.all", () -> review.approveAndPublish(now.id(), now.version())).state())
                .isEqualTo(ArticleState.PUBLISHED);
    }

    @Test
    void an_office_that_adds_levels_sends_articles_in_review_on_to_the_new_ones() {
        Article submitted = submitted();
        assertThat(submitted.atFinalLevel()).isTrue();

        nanningHas(ReviewLevels.of(OFFICE_EDITORS, PUBLISHERS));

        Article now = as("editor.nanning", () -> articles.find(submitted.id()));
        assertThat(now.atFinalLevel()).isFalse();
        assertThatThrownBy(() -> as("editor.nanning", () -> review.approveAndPublish(now.id(), now.version())))
                .isInstanceOf(NotAllowedException.class);
        Article second = as("editor.nanning", () -> review.approveLevel(now.id(), now.version(), null));
        assertThat(as("publisher", () -> review.queue(0, 100).toList())).extracting(ReviewQueueItem::id)
                .containsExactly(second.id());
    }

    @Test
    void the_audit_trail_and_its_csv_record_every_level() {
        nanningHas(ReviewLevels.of(OFFICE_EDITORS, OFFICE_EDITORS));
        Article submitted = submitted();
        Article second = as("editor.nanning", () -> review.approveLevel(submitted.id(), submitted.version(), "通过"));
        as("editor.all", () -> review.approveAndPublish(second.id(), second.version()));

        assertThat(as("editor.nanning", () -> audit.find(new AuditFilter("nanning", null, null), 0, 100).toList()))
                .filteredOn(e -> e.articleId().equals(submitted.id()) && e.reviewLevel() != null)
                .extracting(AuditEntry::transition, AuditEntry::reviewLevel, AuditEntry::actorName)
                .containsExactly(tuple(Transition.APPROVE_AND_PUBLISH, 2, "陆华（总编辑）"),
                        tuple(Transition.APPROVE_LEVEL, 1, "黄丽（南宁编辑）"));
        StringWriter csv = new StringWriter();
        as("editor.nanning", () -> {
            audit.exportCsv(new AuditFilter("nanning", null, null), new PlainAuditLabels(), csv);
            return null;
        });
        assertThat(csv.toString().lines().toList().getFirst()).endsWith("\"late\",\"level\"");
        assertThat(csv.toString().lines().filter(line -> line.contains(NANNING_DRAFT)).toList())
                .anySatisfy(line -> assertThat(line).contains("transition.APPROVE_LEVEL")
                        .contains("黄丽（南宁编辑）").endsWith(",\"reviewLevel.1\""))
                .anySatisfy(line -> assertThat(line).contains("transition.APPROVE_AND_PUBLISH")
                        .endsWith(",\"reviewLevel.2\""));
    }

    @Test
    void an_administrator_sets_the_levels_and_nobody_else_may() {
        Office nanning = offices.find("nanning").orElseThrow();
        assertThat(as("admin", () -> offices.reviewLevels("nanning"))).isEqualTo(ReviewLevels.DEFAULT);
        int version = as("admin", () -> offices.version("nanning"));
        assertThatThrownBy(() -> as("editor.all", () -> offices.update(nanning, ReviewLevels.of(PUBLISHERS), version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new ReviewLevels(List.of(OFFICE_EDITORS, OFFICE_EDITORS, OFFICE_EDITORS, PUBLISHERS)))
                .isInstanceOf(IllegalArgumentException.class);

        as("admin", () -> offices.update(nanning, ReviewLevels.of(OFFICE_EDITORS, PUBLISHERS), version));

        assertThat(as("admin", () -> offices.reviewLevels("nanning")))
                .isEqualTo(ReviewLevels.of(OFFICE_EDITORS, PUBLISHERS));
        assertThat(as("admin", () -> offices.reviewLevels("liuzhou"))).isEqualTo(ReviewLevels.DEFAULT);
    }

    private void nanningHas(ReviewLevels levels) {
        Office nanning = offices.find("nanning").orElseThrow();
        as("admin", () -> offices.update(nanning, levels, offices.version("nanning")));
    }

    /** The Nanning demo draft, submitted by its author. */
    private Article submitted() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        return as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
    }
}
