package cn.gxnews.portal.article;

import cn.gxnews.portal.base.TextLengthRefusedException;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.GUILIN_CHANGES_REQUESTED;
import static cn.gxnews.portal.DemoTitles.GUILIN_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow rules hold when the service is called directly, whatever a UI would show. */
class ArticleServiceTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private PublishedNewsService publishedNews;

    private static final ArticleDraft TEXT = new ArticleDraft("柳州分公司开展消防演练", "全体员工参加消防演练。",
            List.of(new Block.Paragraph("11月26日，柳州分公司开展消防安全演练。"),
                    new Block.Quote("安全无小事。")));

    @Test
    void an_author_writes_a_draft_in_their_own_office_and_submits_it() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(TEXT));

        assertThat(draft.officeCode()).isEqualTo("liuzhou");
        assertThat(draft.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(draft.working().content()).isEqualTo(TEXT);

        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        assertThat(submitted.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(submitted.history()).extracting(WorkflowEvent::from, WorkflowEvent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ArticleState.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(ArticleState.DRAFT, ArticleState.IN_REVIEW));
    }

    @Test
    void an_editor_of_the_office_approves_and_the_article_is_public() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        Article inReview = as("editor.liuzhou", () -> articles.find(id));

        Article published = as("editor.liuzhou", () -> review.approveAndPublish(id, inReview.version()));

        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.publishedRevisionId()).isEqualTo(inReview.working().id());
        assertThat(publishedNews.find(id)).map(p -> p.content().title()).contains(LIUZHOU_IN_REVIEW);
    }

    @Test
    void an_editor_of_all_offices_approves_in_every_office() {
        ArticleId id = idOf(GUILIN_IN_REVIEW);
        int version = as("editor.all", () -> articles.find(id)).version();

        assertThat(as("editor.all", () -> review.approveAndPublish(id, version)).state())
                .isEqualTo(ArticleState.PUBLISHED);
    }

    @Test
    void an_author_cannot_approve_or_request_changes() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(TEXT));
        ArticleId own = draft.id();
        Article submitted = as("author.liuzhou", () -> articles.submit(own, draft.version()));

        assertThatThrownBy(() -> as("author.liuzhou", () -> review.approveAndPublish(own, submitted.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("author.liuzhou", () -> review.requestChanges(own, submitted.version(), "改")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("editor.liuzhou", () -> articles.find(own)).state()).isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void an_editor_cannot_approve_an_article_they_wrote() {
        Article own = as("editor.liuzhou", () -> articles.createDraft(TEXT));
        Article submitted = as("editor.liuzhou", () -> articles.submit(own.id(), own.version()));

        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveAndPublish(own.id(), submitted.version())))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("error.transition.ownRevision");
        assertThatThrownBy(() -> as("editor.liuzhou",
                () -> review.requestChanges(own.id(), submitted.version(), "请修改")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void an_editor_who_edited_a_published_article_cannot_review_the_edit_but_another_editor_can() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        Article live = as("editor.liuzhou", () -> articles.find(id));
        Article edited = as("editor.liuzhou", () -> articles.save(id, live.version(),
                new ArticleDraft(live.working().content().title(), "更新后的摘要。", live.working().content().body(),
                        live.working().content().coverSha256())));
        Article submitted = as("editor.liuzhou", () -> articles.submit(id, edited.version()));
        int version = submitted.version();

        assertOwnRevisionRefused(() -> as("editor.liuzhou", () -> review.approveAndPublish(id, version)));
        assertOwnRevisionRefused(() -> as("editor.liuzhou", () -> review.approveAndSchedule(id, version,
                Instant.now().plus(Duration.ofDays(1)), null)));
        assertOwnRevisionRefused(() -> as("editor.liuzhou", () -> review.requestChanges(id, version, "再看看")));
        Article stillInReview = as("editor.liuzhou", () -> articles.find(id));
        assertThat(stillInReview.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(stillInReview.version()).isEqualTo(version);
        assertThat(publishedNews.find(id)).map(p -> p.content().summary()).contains(live.working().content().summary());

        Article approved = as("editor.all", () -> review.approveAndPublish(id, version));

        assertThat(approved.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(publishedNews.find(id)).map(p -> p.content().summary()).contains("更新后的摘要。");
    }

    @Test
    void an_editor_who_changed_an_article_while_it_was_in_review_cannot_approve_it() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        Article inReview = as("editor.liuzhou", () -> articles.find(id));
        Article changed = as("editor.liuzhou", () -> articles.save(id, inReview.version(),
                new ArticleDraft("柳州分公司参加2026柳州工业博览会", inReview.working().content().summary(),
                        inReview.working().content().body())));

        assertOwnRevisionRefused(() -> as("editor.liuzhou", () -> review.approveAndPublish(id, changed.version())));
        assertThat(as("editor.all", () -> review.approveAndPublish(id, changed.version())).live()).isTrue();
    }

    @Test
    void restoring_an_old_revision_counts_as_changing_the_revision_under_review() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(TEXT));
        Article second = as("author.liuzhou", () -> articles.save(draft.id(), draft.version(),
                new ArticleDraft("第二版标题", TEXT.summary(), TEXT.body())));
        Article restored = as("editor.liuzhou", () -> articles.restore(draft.id(), second.version(), 1));
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), restored.version()));

        assertOwnRevisionRefused(() -> as("editor.liuzhou",
                () -> review.approveAndPublish(draft.id(), submitted.version())));
        assertThat(as("editor.all", () -> review.approveAndPublish(draft.id(), submitted.version())).live())
                .isTrue();
    }

    @Test
    void the_writer_of_a_published_revision_may_review_a_later_edit_by_someone_else() {
        Article own = as("editor.liuzhou", () -> articles.createDraft(TEXT));
        Article submitted = as("editor.liuzhou", () -> articles.submit(own.id(), own.version()));
        Article published = as("editor.all", () -> review.approveAndPublish(own.id(), submitted.version()));
        Article edited = as("editor.all", () -> articles.save(own.id(), published.version(),
                new ArticleDraft(TEXT.title(), "总编辑改过的摘要。", TEXT.body())));
        Article resubmitted = as("editor.all", () -> articles.submit(own.id(), edited.version()));

        assertOwnRevisionRefused(() -> as("editor.all",
                () -> review.approveAndPublish(own.id(), resubmitted.version())));
        Article approved = as("editor.liuzhou", () -> review.approveAndPublish(own.id(), resubmitted.version()));

        assertThat(approved.working().content().summary()).isEqualTo("总编辑改过的摘要。");
        assertThat(approved.state()).isEqualTo(ArticleState.PUBLISHED);
    }

    private static void assertOwnRevisionRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.transition.ownRevision"));
    }

    @Test
    void an_editor_of_another_office_can_neither_see_nor_decide_on_the_article() {
        ArticleId liuzhou = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(liuzhou)).version();

        assertThatThrownBy(() -> as("editor.guilin", () -> articles.find(liuzhou)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("editor.guilin", () -> review.approveAndPublish(liuzhou, version)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("editor.nanning", () -> review.requestChanges(liuzhou, version, "不行")))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(as("editor.liuzhou", () -> articles.find(liuzhou)).state()).isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void an_author_cannot_see_or_change_another_offices_draft() {
        ArticleId liuzhouDraft = idOf(LIUZHOU_DRAFT);

        assertThatThrownBy(() -> as("author.nanning", () -> articles.find(liuzhouDraft)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("author.nanning", () -> articles.save(liuzhouDraft, 1, TEXT)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("author.guilin", () -> articles.submit(liuzhouDraft, 1)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(as("author.nanning", () -> articles.findMine(0, 50).toList()))
                .extracting(ArticleListItem::officeCode).containsOnly("nanning");
    }

    @Test
    void an_editor_cannot_see_drafts_of_another_office_in_any_list() {
        assertThat(as("editor.guilin", () -> articles.findMine(0, 50).toList())).isEmpty();
        assertThatThrownBy(() -> as("editor.guilin", () -> articles.find(idOf(NANNING_DRAFT))))
                .isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void nobody_signed_in_can_call_the_desk_services() {
        ArticleId draft = idOf(LIUZHOU_DRAFT);

        assertThatThrownBy(() -> articles.find(draft)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.createDraft(TEXT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.submit(draft, 1))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_administrator_without_an_editor_role_cannot_publish() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);

        assertThatThrownBy(() -> as("admin", () -> review.approveAndPublish(id, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", () -> articles.find(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void requesting_changes_needs_a_reason_which_the_author_then_reads() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(id)).version();

        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.requestChanges(id, version, "   ")))
                .isInstanceOfSatisfying(TextLengthRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.changes.reasonRequired"));
        as("editor.liuzhou", () -> review.requestChanges(id, version, "请补充展会日期。"));

        Article seenByAuthor = as("author.liuzhou", () -> articles.find(id));
        assertThat(seenByAuthor.state()).isEqualTo(ArticleState.CHANGES_REQUESTED);
        assertThat(seenByAuthor.openChangeRequest()).map(WorkflowEvent::comment).contains("请补充展会日期。");
        assertThat(seenByAuthor.openChangeRequest()).map(WorkflowEvent::actorName).contains("覃芳（柳州编辑）");
    }

    @Test
    void the_author_revises_a_sent_back_article_and_submits_it_again() {
        ArticleId id = idOf(GUILIN_CHANGES_REQUESTED);
        Article sentBack = as("author.guilin", () -> articles.find(id));
        ArticleDraft revised = ArticleDraft.of(sentBack.working().content().title(), "3月12日，40名员工参加义务植树。",
                List.of("3月12日上午，桂林分公司40名员工在七星区参加义务植树活动。"));

        Article saved = as("author.guilin", () -> articles.save(id, sentBack.version(), revised));
        Article resubmitted = as("author.guilin", () -> articles.submit(id, saved.version()));

        assertThat(saved.working().number()).isEqualTo(sentBack.working().number() + 1);
        assertThat(resubmitted.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(resubmitted.openChangeRequest()).isEmpty();
    }

    @Test
    void an_author_cannot_edit_while_the_article_is_in_review() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("author.liuzhou", () -> articles.find(id)).version();

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.save(id, version, TEXT)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_stale_save_is_refused_with_who_changed_the_article_and_nothing_is_written() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article opened = as("author.liuzhou", () -> articles.find(id));
        as("editor.liuzhou", () -> articles.save(id, opened.version(),
                new ArticleDraft("编辑改过的标题", "", opened.working().content().body())));

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.save(id, opened.version(), TEXT)))
                .isInstanceOfSatisfying(StaleArticleException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("覃芳（柳州编辑）"));
        Article now = as("author.liuzhou", () -> articles.find(id));
        assertThat(now.working().content().title()).isEqualTo("编辑改过的标题");
        assertThat(now.version()).isEqualTo(opened.version() + 1);
    }

    @Test
    void a_stale_transition_writes_no_event_and_leaves_the_state() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        Article opened = as("editor.liuzhou", () -> articles.find(id));
        as("editor.all", () -> review.requestChanges(id, opened.version(), "先改一下"));

        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveAndPublish(id, opened.version())))
                .isInstanceOf(StaleArticleException.class);
        Article now = as("editor.liuzhou", () -> articles.find(id));
        assertThat(now.state()).isEqualTo(ArticleState.CHANGES_REQUESTED);
        assertThat(now.history()).hasSize(opened.history().size() + 1);
        assertThat(publishedNews.find(id)).isEmpty();
    }

    @Test
    void every_transition_writes_exactly_one_event() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(TEXT));
        assertThat(draft.history()).hasSize(1);
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        assertThat(submitted.history()).hasSize(2);
        Article sentBack = as("editor.liuzhou", () -> review.requestChanges(draft.id(), submitted.version(), "补充"));
        assertThat(sentBack.history()).hasSize(3);
        Article again = as("author.liuzhou", () -> articles.submit(draft.id(), sentBack.version()));
        assertThat(again.history()).hasSize(4);
        Article published = as("editor.liuzhou", () -> review.approveAndPublish(draft.id(), again.version()));

        assertThat(published.history()).extracting(WorkflowEvent::to).containsExactly(
                ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.CHANGES_REQUESTED, ArticleState.IN_REVIEW,
                ArticleState.PUBLISHED);
        assertThat(published.history()).extracting(WorkflowEvent::actorName).containsExactly(
                "韦强（柳州撰稿）", "韦强（柳州撰稿）", "覃芳（柳州编辑）", "韦强（柳州撰稿）", "覃芳（柳州编辑）");
    }

    @Test
    void an_incomplete_draft_cannot_be_submitted_and_stays_a_draft() {
        Article empty = as("author.liuzhou", () -> articles.createDraft(ArticleDraft.of("", "", List.of("▲只有图片说明"))));

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.submit(empty.id(), empty.version())))
                .isInstanceOfSatisfying(DraftIncompleteException.class, e -> assertThat(e.problems())
                        .containsExactly("error.draft.titleMissing", "error.draft.summaryMissing",
                                "error.draft.bodyMissing", "error.draft.photoMissing", "error.draft.altMissing"));
        Article now = as("author.liuzhou", () -> articles.find(empty.id()));
        assertThat(now.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(now.history()).hasSize(1);
    }

    @Test
    void a_title_over_the_limit_is_refused_before_anything_is_written() {
        String longTitle = "标".repeat(ArticleDraft.TITLE_MAX + 1);

        assertThatThrownBy(() -> as("author.liuzhou",
                () -> articles.createDraft(ArticleDraft.of(longTitle, "", List.of("正文")))))
                .isInstanceOfSatisfying(DraftIncompleteException.class,
                        e -> assertThat(e.problems()).containsExactly("error.draft.titleTooLong"));
        assertThat(as("author.liuzhou", () -> articles.countMine())).isEqualTo(3);
    }

    @Test
    void an_editor_of_all_offices_cannot_start_a_draft_without_an_office() {
        assertThatThrownBy(() -> as("editor.all", () -> articles.createDraft(TEXT)))
                .isInstanceOf(NotAllowedException.class);
    }
}
