package cn.gxnews.portal.article;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Concurrent saves, crashes mid-transition, edit locks, autosaves and edits of live articles lose nothing. */
class NoLostWorkTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private EditLockService locks;

    @Autowired
    private PublishedNewsService publishedNews;

    @Test
    void of_two_editors_saving_at_once_exactly_one_succeeds_and_the_other_is_told() throws Exception {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article opened = as("editor.liuzhou", () -> articles.find(id));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> saveAfter(start, "editor.liuzhou", id, opened.version(), "甲的版本"));
            Future<String> second = threads.submit(() -> saveAfter(start, "editor.all", id, opened.version(), "乙的版本"));
            start.countDown();
            List<String> outcomes = List.of(first.get(), second.get());

            assertThat(outcomes).containsOnlyOnce("saved").containsOnlyOnce("stale");
        } finally {
            threads.shutdownNow();
        }
        Article now = as("editor.liuzhou", () -> articles.find(id));
        assertThat(now.version()).isEqualTo(opened.version() + 1);
        assertThat(now.working().number()).isEqualTo(opened.working().number() + 1);
        assertThat(now.working().content().title()).isIn("甲的版本", "乙的版本");
        assertThat(as("editor.liuzhou", () -> articles.revisions(id))).hasSize(opened.working().number() + 1);
    }

    private String saveAfter(CountDownLatch start, String editor, ArticleId id, int version, String title)
            throws InterruptedException {
        start.await();
        try {
            as(editor, () -> articles.save(id, version, ArticleDraft.of(title, "", List.of("正文"))));
            return "saved";
        } catch (StaleArticleException e) {
            return "stale";
        }
    }

    @Test
    void a_crash_in_the_middle_of_a_transition_leaves_no_partial_state() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        Article before = as("editor.liuzhou", () -> articles.find(id));
        int notificationsBefore = db.fetchCount(db.selectFrom("notification"));
        db.execute("""
                create function simulate_crash() returns trigger language plpgsql as $$
                begin raise exception 'simulated crash while writing the audit event'; end $$""");
        db.execute("""
                create trigger crash_on_publish before insert on workflow_event for each row
                when (new.transition = 'APPROVE_AND_PUBLISH') execute function simulate_crash()""");
        try {
            assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveAndPublish(id, before.version())))
                    .hasMessageContaining("simulated crash");
        } finally {
            db.execute("drop trigger crash_on_publish on workflow_event");
            db.execute("drop function simulate_crash()");
        }

        Article after = as("editor.liuzhou", () -> articles.find(id));
        assertThat(after.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(after.live()).isFalse();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.history()).hasSize(before.history().size());
        assertThat(publishedNews.find(id)).isEmpty();
        assertThat(db.fetchCount(db.selectFrom("notification"))).isEqualTo(notificationsBefore);
    }

    @Test
    void editing_a_live_article_keeps_the_published_revision_online_until_the_edit_is_approved() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        Article live = as("editor.liuzhou", () -> articles.find(id));
        ArticleDraft edit = ArticleDraft.of("柳州分公司完成办公室搬迁（更新）", live.working().content().summary(),
                List.of("更新后的正文。"));

        Article pending = as("editor.liuzhou", () -> articles.save(id, live.version(), edit));

        assertThat(pending.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(pending.live()).isTrue();
        assertThat(pending.hasPendingEdit()).isTrue();
        assertThat(pending.history().getLast().transition()).isEqualTo(Transition.EDIT);
        assertThat(publishedNews.find(id)).map(p -> p.content().title()).contains(LIUZHOU_PUBLISHED);

        Article submitted = as("editor.liuzhou", () -> articles.submit(id, pending.version()));
        as("editor.all", () -> review.approveAndPublish(id, submitted.version()));

        assertThat(publishedNews.find(id)).map(p -> p.content().title()).contains("柳州分公司完成办公室搬迁（更新）");
    }

    @Test
    void an_older_revision_is_restored_as_a_new_revision() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article first = as("author.liuzhou", () -> articles.find(id));
        Article second = as("author.liuzhou", () -> articles.save(id, first.version(),
                ArticleDraft.of("第二版标题", "", List.of("第二版正文"))));

        Article restored = as("author.liuzhou", () -> articles.restore(id, second.version(), 1));

        assertThat(restored.working().number()).isEqualTo(3);
        assertThat(restored.working().restoredFrom()).isEqualTo(1);
        assertThat(restored.working().content()).isEqualTo(first.working().content());
        assertThat(as("author.liuzhou", () -> articles.revisions(id))).extracting(Revision::number)
                .containsExactly(3, 2, 1);
    }

    @Test
    void while_one_member_holds_the_edit_lock_another_cannot_save_until_it_expires_or_is_taken_over() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        assertThat(as("author.liuzhou", () -> locks.acquire(id))).isEmpty();
        int version = as("editor.liuzhou", () -> articles.find(id)).version();

        assertThat(as("editor.liuzhou", () -> locks.acquire(id)))
                .hasValueSatisfying(lock -> assertThat(lock.holderName()).isEqualTo("韦强（柳州撰稿）"));
        assertThatThrownBy(() -> as("editor.liuzhou", () -> articles.save(id, version,
                ArticleDraft.of("编辑的标题", "", List.of("正文")))))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.lock.heldBy"));

        as("editor.liuzhou", () -> {
            locks.takeOver(id);
            return null;
        });
        assertThat(as("author.liuzhou", () -> locks.heartbeat(id))).isFalse();
        assertThat(as("editor.liuzhou", () -> articles.save(id, version,
                ArticleDraft.of("编辑的标题", "", List.of("正文")))).working().content().title()).isEqualTo("编辑的标题");
    }

    @Test
    void a_lock_whose_holder_went_away_expires_by_itself() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        as("author.liuzhou", () -> locks.acquire(id));
        db.execute("update edit_lock set heartbeat_at = now() - interval '5 minutes' where article_id = ?", id.value());

        assertThat(as("editor.liuzhou", () -> locks.acquire(id))).isEmpty();
    }

    @Test
    void an_author_cannot_take_over_a_lock() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        as("editor.liuzhou", () -> locks.acquire(id));

        assertThatThrownBy(() -> as("author.liuzhou", () -> {
            locks.takeOver(id);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void unsaved_text_is_autosaved_and_offered_back_until_saved() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article opened = as("author.liuzhou", () -> articles.find(id));
        ArticleDraft typed = ArticleDraft.of(LIUZHOU_DRAFT, "还没保存的摘要", List.of("还没保存的正文"));

        as("author.liuzhou", () -> {
            articles.autosave(id, opened.version(), opened.working().number(), typed);
            return null;
        });

        assertThat(as("author.liuzhou", () -> articles.findAutosave(id))).map(Autosave::content).contains(typed);
        assertThat(as("editor.liuzhou", () -> articles.findAutosave(id))).isEmpty();
        as("author.liuzhou", () -> articles.save(id, opened.version(), typed));
        assertThat(as("author.liuzhou", () -> articles.findAutosave(id))).isEmpty();
    }

    @Test
    void an_autosave_keeps_the_revision_it_was_typed_on_and_a_save_based_on_it_after_someone_else_saved_is_refused() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article opened = as("author.liuzhou", () -> articles.find(id));
        ArticleDraft typed = ArticleDraft.of(LIUZHOU_DRAFT, "作者离开前写的摘要", List.of("本周，柳州分公司为新入职员工举办了为期两天的培训。"));
        as("author.liuzhou", () -> {
            articles.autosave(id, opened.version(), opened.working().number(), typed);
            return null;
        });
        ArticleDraft editors = ArticleDraft.of(LIUZHOU_DRAFT, "", List.of("本周，柳州分公司为新入职员工举办了为期两天的培训。",
                "编辑补充的一段。"));
        as("editor.liuzhou", () -> articles.save(id, opened.version(), editors));

        Autosave autosave = as("author.liuzhou", () -> articles.findAutosave(id)).orElseThrow();
        assertThat(autosave.content()).isEqualTo(typed);
        assertThat(autosave.base()).isNotNull();
        assertThat(autosave.base().number()).isEqualTo(opened.working().number());
        assertThat(autosave.base().content()).isEqualTo(opened.working().content());
        Article latest = as("author.liuzhou", () -> articles.find(id));
        assertThat(autosave.isOlderThan(latest)).isTrue();

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.save(id, autosave.baseVersion(), autosave.content())))
                .isInstanceOf(StaleArticleException.class);
        assertThat(as("author.liuzhou", () -> articles.find(id)).working().content()).isEqualTo(editors);

        ArticleDraft merged = ArticleMerge.of(autosave.base().content(), autosave.content(), latest.working().content())
                .merged();
        Article saved = as("author.liuzhou", () -> articles.save(id, latest.version(), merged));
        assertThat(saved.working().content()).isEqualTo(ArticleDraft.of(LIUZHOU_DRAFT, "作者离开前写的摘要",
                List.of("本周，柳州分公司为新入职员工举办了为期两天的培训。", "编辑补充的一段。")));
    }

    @Test
    void an_autosave_cannot_claim_a_revision_the_article_does_not_have() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article opened = as("author.liuzhou", () -> articles.find(id));

        assertThatThrownBy(() -> as("author.liuzhou", () -> {
            articles.autosave(id, opened.version(), opened.working().number() + 1, opened.working().content());
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(as("author.liuzhou", () -> articles.findAutosave(id))).isEmpty();
    }

    @Test
    void an_empty_text_creates_no_draft() {
        int before = as("author.liuzhou", () -> articles.countMine());

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.createDraft(new ArticleDraft(" ", "", List.of(
                new Block.Paragraph(" "), new Block.Photo(null, "", "", ""))))))
                .isInstanceOfSatisfying(EmptyDraftException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.draft.empty"));
        assertThat(as("author.liuzhou", () -> articles.countMine())).isEqualTo(before);
        assertThat(as("author.liuzhou", () -> articles.createDraft(new ArticleDraft("", "", List.of(
                new Block.Paragraph("只有正文也算写了内容。"))))).state()).isEqualTo(ArticleState.DRAFT);
    }
}
