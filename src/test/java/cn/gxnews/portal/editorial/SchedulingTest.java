package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.Workflow;
import cn.gxnews.portal.article.WorkflowEvent;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gxnews.portal.DemoTitles.GUILIN_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scheduled publishing is carried out on time, exactly once, even by several portal instances at once. */
class SchedulingTest extends AbstractIntegrationTest {

    @Autowired
    private PortalProperties properties;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private PublishedNewsService publishedNews;

    @Autowired
    private PublicationScheduler scheduler;

    @Autowired
    private Workflow workflow;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void a_scheduled_article_stays_offline_until_its_time_then_goes_online_once() {
        ArticleId id = scheduleIn(LIUZHOU_IN_REVIEW, "editor.liuzhou", Duration.ofHours(1));
        assertThat(scheduler.runDue()).isZero();
        assertThat(publishedNews.find(id)).isEmpty();

        makeDue(id, Duration.ofSeconds(5));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(scheduler.runDue()).isZero();

        Article published = as("editor.liuzhou", () -> articles.find(id));
        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.live()).isTrue();
        assertThat(publishedNews.find(id)).isPresent();
        WorkflowEvent event = published.history().getLast();
        assertThat(event.transition()).isEqualTo(Transition.PUBLISH_ON_SCHEDULE);
        assertThat(event.actorId()).isNull();
        assertThat(event.late()).isFalse();
    }

    @Test
    void two_scheduler_instances_on_one_database_publish_each_due_article_exactly_once() throws Exception {
        List<ArticleId> due = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            Article draft = as("author.guilin", () -> articles.createDraft(
                    ArticleDraft.of("定时稿件 " + n, "摘要", List.of("正文。"))));
            Article submitted = as("author.guilin", () -> articles.submit(draft.id(), draft.version()));
            as("editor.guilin", () -> review.approveAndSchedule(submitted.id(), submitted.version(),
                    Instant.now().plus(Duration.ofHours(1)), null));
            makeDue(draft.id(), Duration.ofSeconds(1));
            due.add(draft.id());
        }
        PublicationScheduler otherInstance = new PublicationScheduler(workflow, transaction,
                Clock.systemUTC(), properties, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = threads.submit(() -> {
                start.await();
                return scheduler.runDue();
            });
            Future<Integer> second = threads.submit(() -> {
                start.await();
                return otherInstance.runDue();
            });
            start.countDown();
            assertThat(first.get() + second.get()).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }

        for (ArticleId id : due) {
            Article article = as("editor.guilin", () -> articles.find(id));
            assertThat(article.state()).isEqualTo(ArticleState.PUBLISHED);
            assertThat(article.history()).filteredOn(e -> e.transition() == Transition.PUBLISH_ON_SCHEDULE).hasSize(1);
        }
    }

    @Test
    void a_schedule_missed_while_the_portal_was_down_is_carried_out_at_start_and_marked_late() {
        ArticleId id = scheduleIn(GUILIN_IN_REVIEW, "editor.guilin", Duration.ofHours(1));
        makeDue(id, Duration.ofHours(3));

        scheduler.runDue();

        Article published = as("editor.guilin", () -> articles.find(id));
        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.history().getLast().late()).isTrue();
    }

    @Test
    void an_unpublish_time_takes_the_article_offline_by_itself() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(id)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(id, version, Instant.now().plus(Duration.ofDays(7))));
        assertThat(publishedNews.find(id)).isPresent();
        db.execute("update article set unpublish_at = now() - interval '1 second' where id = ?", id.value());

        scheduler.runDue();

        Article offline = as("editor.liuzhou", () -> articles.find(id));
        assertThat(offline.state()).isEqualTo(ArticleState.UNPUBLISHED);
        assertThat(offline.live()).isFalse();
        assertThat(offline.history().getLast().transition()).isEqualTo(Transition.UNPUBLISH_ON_SCHEDULE);
        assertThat(publishedNews.find(id)).isEmpty();
    }

    @Test
    void a_publish_time_in_the_past_or_an_unpublish_time_before_it_is_refused() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(id)).version();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveAndSchedule(id, version,
                Instant.now().minusSeconds(60), null)))
                .isInstanceOfSatisfying(ScheduleTimeRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(ScheduleTimeRefusedException.Field.PUBLISH_AT));
        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveAndSchedule(id, version, tomorrow,
                tomorrow.minusSeconds(3600))))
                .isInstanceOfSatisfying(ScheduleTimeRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(ScheduleTimeRefusedException.Field.UNPUBLISH_AT));
        assertThat(as("editor.liuzhou", () -> articles.find(id)).state()).isEqualTo(ArticleState.IN_REVIEW);
    }

    private ArticleId scheduleIn(String title, String editor, Duration fromNow) {
        ArticleId id = idOf(title);
        int version = as(editor, () -> articles.find(id)).version();
        Article scheduled = as(editor, () -> review.approveAndSchedule(id, version, Instant.now().plus(fromNow), null));
        assertThat(scheduled.state()).isEqualTo(ArticleState.SCHEDULED);
        return id;
    }

    /** Moves the planned time into the past, as if that much time had gone by. */
    private void makeDue(ArticleId id, Duration ago) {
        db.execute("update article set publish_at = now() - make_interval(secs => ?) where id = ?",
                (double) ago.toSeconds(), id.value());
    }
}
