package cn.gxnews.portal;

import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleListItem;
import cn.gxnews.portal.article.ArticleNotFoundException;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import cn.gxnews.portal.editorial.AuditEntry;
import cn.gxnews.portal.editorial.AuditFilter;
import cn.gxnews.portal.editorial.AuditService;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.notification.Notice;
import cn.gxnews.portal.notification.NotificationService;
import cn.gxnews.portal.editorial.ReviewQueueItem;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.editorial.StateCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member of one office sees nothing of another office's work in any list and touches none of it, by any
 * service, even the ones every member may call. (Who may call what at all is {@link AuthorizationMatrixTest}'s.)
 */
class OfficeIsolationTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;
    @Autowired
    private ReviewService review;
    @Autowired
    private AuditService audit;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private MediaService media;
    @Autowired
    private EditLockService locks;
    @Autowired
    private OfficeService offices;

    private Article nanningInReview;

    @BeforeEach
    void nanningSubmitsItsDraft() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        nanningInReview = as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
    }

    @Test
    void a_liuzhou_editor_sees_nothing_of_nanning_in_the_queue_the_dashboard_the_audit_trail_or_the_notices() {
        assertThat(as("editor.nanning", () -> review.queue(0, 100).toList())).extracting(ReviewQueueItem::id)
                .contains(nanningInReview.id());

        assertThat(as("editor.liuzhou", () -> review.queue(0, 100).toList()))
                .extracting(ReviewQueueItem::officeCode).containsOnly("liuzhou");
        assertThat(as("editor.liuzhou", () -> review.count())).isEqualTo(1);
        assertThat(as("editor.liuzhou", () -> review.countsByOffice())).extracting(StateCounts::officeCode)
                .containsExactly("liuzhou");
        assertThat(as("editor.liuzhou", () -> audit.find(new AuditFilter(null, null, null), 0, 1000).toList()))
                .isNotEmpty().extracting(AuditEntry::officeCode).containsOnly("liuzhou");
        assertThat(as("editor.liuzhou", () -> notifications.mine(0, 100).toList())).extracting(Notice::articleId)
                .doesNotContain(nanningInReview.id());
        assertThat(as("editor.liuzhou", () -> articles.findMine(0, 100).toList()))
                .extracting(ArticleListItem::officeCode).doesNotContain("nanning");
    }

    @Test
    void a_liuzhou_editor_takes_no_level_of_a_nanning_article_by_any_call_and_sees_none_in_their_queue() {
        Office nanning = offices.find("nanning").orElseThrow();
        as("admin", () -> offices.update(nanning, ReviewLevels.of(ReviewTaker.OFFICE_EDITORS, ReviewTaker.PUBLISHERS),
                offices.version("nanning")));
        Article inReview = as("editor.nanning", () -> articles.find(nanningInReview.id()));

        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveLevel(inReview.id(), inReview.version(), null)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.requestChanges(inReview.id(), inReview.version(), "改")))
                .isInstanceOf(ArticleNotFoundException.class);
        Article second = as("editor.nanning", () -> review.approveLevel(inReview.id(), inReview.version(), null));

        assertThat(as("editor.liuzhou", () -> review.queue(0, 100).toList()))
                .extracting(ReviewQueueItem::officeCode).containsOnly("liuzhou");
        assertThatThrownBy(() -> as("editor.liuzhou", () -> review.approveAndPublish(second.id(), second.version())))
                .isInstanceOf(ArticleNotFoundException.class);
        // the company's publisher sees only what waits for the publishers' level, in every office
        assertThat(as("publisher", () -> review.queue(0, 100).toList())).extracting(ReviewQueueItem::id)
                .containsExactly(second.id());
        assertThat(as("editor.nanning", () -> articles.find(second.id())).state()).isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void a_liuzhou_member_sees_no_nanning_photo_and_cannot_put_one_in_a_draft() {
        byte[] photo = TestPhotos.jpeg(200, 120, Color.RED);
        MediaItem nanning = as("author.nanning", () -> media.upload(photo));
        Article liuzhouDraft = as("author.liuzhou", () -> articles.find(idOf(LIUZHOU_DRAFT)));
        ArticleDraft withNanningPhoto = liuzhouDraft.working().content().withCover(nanning.sha256());

        for (String member : List.of("author.liuzhou", "editor.liuzhou")) {
            assertThat(as(member, () -> media.library("", 0, 100).toList())).extracting(MediaItem::sha256)
                    .isNotEmpty().doesNotContain(nanning.sha256());
            assertThat(as(member, () -> media.file(nanning.id(), 320))).isEmpty();
            assertThat(as(member, () -> media.serve(nanning.sha256(), 320))).isEmpty();
            assertThatThrownBy(() -> as(member, () -> articles.save(liuzhouDraft.id(), liuzhouDraft.version(),
                    withNanningPhoto)))
                    .isInstanceOfSatisfying(NotAllowedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.article.foreignPhoto"));
            assertThatThrownBy(() -> as(member, () -> {
                articles.autosave(liuzhouDraft.id(), liuzhouDraft.version(), liuzhouDraft.working().number(),
                        withNanningPhoto);
                return null;
            })).isInstanceOf(NotAllowedException.class);
        }
        assertThat(as("author.liuzhou", () -> articles.find(liuzhouDraft.id())).version())
                .isEqualTo(liuzhouDraft.version());
    }

    @Test
    void a_member_of_another_office_can_neither_release_nor_keep_alive_the_lock_on_a_draft() {
        Article draft = as("editor.nanning", () -> articles.withdraw(nanningInReview.id(), nanningInReview.version()));
        assertThat(as("author.nanning", () -> locks.acquire(draft.id()))).isEmpty();

        assertThat(as("editor.liuzhou", () -> locks.heartbeat(draft.id()))).isFalse();
        as("editor.liuzhou", () -> {
            locks.release(draft.id());
            return null;
        });

        assertThat(as("editor.nanning", () -> locks.acquire(draft.id())))
                .hasValueSatisfying(lock -> assertThat(lock.holderName()).isEqualTo("李明（南宁撰稿）"));
    }

    @Test
    void marking_another_members_notice_read_changes_nothing() {
        Notice nanning = as("editor.nanning", () -> notifications.mine(0, 1).toList().getFirst());
        assertThat(nanning.articleId()).isEqualTo(nanningInReview.id());
        int unread = as("editor.nanning", () -> notifications.unreadCount());

        as("editor.liuzhou", () -> {
            notifications.markRead(nanning.id());
            return null;
        });

        assertThat(as("editor.nanning", () -> notifications.unreadCount())).isEqualTo(unread);
        assertThat(as("editor.nanning", () -> notifications.mine(0, 1).toList().getFirst().read())).isFalse();
    }
}
