package cn.gxnews.portal.article;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.editorial.AuditEntry;
import cn.gxnews.portal.editorial.AuditFilter;
import cn.gxnews.portal.editorial.AuditService;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.awt.Color;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offices' recycle bins (decision 0025): who moves what there, restoring, and purging for good. */
class RecycleBinTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;
    @Autowired
    private RecycleBinService bin;
    @Autowired
    private ReviewService review;
    @Autowired
    private AuditService audit;
    @Autowired
    private MediaService media;
    @Autowired
    private RecycleBinPurge purge;

    @Test
    void an_author_bins_their_own_draft_which_leaves_their_list_and_restores_it_as_it_was() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));

        Article binned = as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));

        assertThat(binned.binned()).isTrue();
        assertThat(as("author.nanning", () -> articles.findMine(0, 100).toList())).extracting(ArticleListItem::id)
                .doesNotContain(draft.id());
        assertThat(as("author.nanning", () -> bin.binned(0, 100).toList()))
                .singleElement().satisfies(item -> {
                    assertThat(item.id()).isEqualTo(draft.id());
                    assertThat(item.binnedByName()).isEqualTo("李明（南宁撰稿）");
                    assertThat(item.purgeAfter()).isEqualTo(binned.binnedAt().plus(bin.keep()));
                });
        assertThat(bin.keep().toDays()).isEqualTo(30);

        Article restored = as("author.nanning", () -> bin.restore(binned.id(), binned.version()));

        assertThat(restored.binned()).isFalse();
        assertThat(restored.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(restored.working().content()).isEqualTo(draft.working().content());
        assertThat(as("author.nanning", () -> bin.binned(0, 100).toList())).isEmpty();
        assertThat(as("author.nanning", () -> articles.findMine(0, 100).toList())).extracting(ArticleListItem::id)
                .contains(draft.id());
    }

    @Test
    void a_binned_article_can_be_neither_changed_nor_submitted_until_it_is_restored() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        Article binned = as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));

        for (String member : List.of("author.nanning", "editor.nanning")) {
            assertThatThrownBy(() -> as(member, () -> articles.submit(binned.id(), binned.version())))
                    .isInstanceOfSatisfying(NotAllowedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.article.binned"));
            assertThatThrownBy(() -> as(member, () -> articles.save(binned.id(), binned.version(),
                    ArticleDraft.of("新标题", "摘要", List.of("正文。")))))
                    .isInstanceOfSatisfying(NotAllowedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.article.binned"));
        }
        assertThat(as("editor.nanning", () -> articles.find(binned.id())).version()).isEqualTo(binned.version());
    }

    @Test
    void an_author_may_not_bin_what_was_once_published_or_is_in_review_but_an_editor_may_bin_it_once_offline() {
        Article seed = as("editor.nanning", () -> articles.find(idOf(NANNING_PUBLISHED_SEED)));
        // a published article cannot be binned by anyone: it is taken offline first
        assertThatThrownBy(() -> as("editor.nanning", () -> bin.moveToBin(seed.id(), seed.version())))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.wrongState"));
        Article offline = as("editor.nanning", () -> review.unpublish(seed.id(), seed.version()));
        assertThatThrownBy(() -> as("author.nanning", () -> bin.moveToBin(offline.id(), offline.version())))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.transition.notAllowed"));

        Article binned = as("editor.nanning", () -> bin.moveToBin(offline.id(), offline.version()));
        assertThat(binned.binned()).isTrue();
        assertThat(binned.state()).isEqualTo(ArticleState.UNPUBLISHED);

        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        Article inReview = as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
        assertThatThrownBy(() -> as("author.nanning", () -> bin.moveToBin(inReview.id(), inReview.version())))
                .isInstanceOf(NotAllowedException.class);
        Article binnedFromReview = as("editor.nanning", () -> bin.moveToBin(inReview.id(), inReview.version()));
        assertThat(binnedFromReview.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(as("editor.nanning", () -> review.queue(0, 100).toList())).isEmpty();
    }

    @Test
    void every_move_is_in_the_audit_trail() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        Article binned = as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));
        as("editor.nanning", () -> bin.restore(binned.id(), binned.version()));

        assertThat(as("editor.nanning", () -> audit.find(new AuditFilter("nanning", null, null), 0, 100).toList()))
                .filteredOn(e -> e.articleId().equals(draft.id()))
                .extracting(AuditEntry::transition, AuditEntry::actorName)
                .startsWith(org.assertj.core.groups.Tuple.tuple(Transition.RESTORE_FROM_BIN, "黄丽（南宁编辑）"),
                        org.assertj.core.groups.Tuple.tuple(Transition.MOVE_TO_BIN, "李明（南宁撰稿）"));
    }

    @Test
    void another_offices_members_can_neither_bin_nor_restore_nor_see_the_bin() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        assertThatThrownBy(() -> as("editor.liuzhou", () -> bin.moveToBin(draft.id(), draft.version())))
                .isInstanceOf(ArticleNotFoundException.class);
        Article binned = as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));

        assertThatThrownBy(() -> as("editor.liuzhou", () -> bin.restore(binned.id(), binned.version())))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("author.liuzhou", () -> bin.restore(binned.id(), binned.version())))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(as("editor.liuzhou", () -> bin.binned(0, 100).toList())).isEmpty();
        assertThat(as("editor.liuzhou", () -> bin.countBinned())).isZero();
        assertThat(as("editor.nanning", () -> bin.countBinned())).isEqualTo(1);
        assertThat(as("editor.all", () -> bin.countBinned())).isEqualTo(1);
    }

    @Test
    void the_scheduler_purges_what_was_kept_30_days_and_the_photos_only_it_used_leave_the_library() {
        MediaItem onlyHere = as("author.nanning", () -> media.upload(TestPhotos.jpeg(320, 200, Color.ORANGE)));
        MediaItem shared = as("author.nanning", () -> media.upload(TestPhotos.jpeg(320, 200, Color.BLUE)));
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        Article withPhotos = as("author.nanning", () -> articles.save(draft.id(), draft.version(), new ArticleDraft(
                draft.working().content().title(), draft.working().content().summary(),
                List.of(new Block.Paragraph("会议现场。"), new Block.Photo(onlyHere.sha256(), "会场", "", "会场全景")),
                shared.sha256())));
        Article other = as("author.nanning", () -> articles.createDraft(
                ArticleDraft.of("南宁分公司另一篇稿件", "摘要", List.of("正文。")).withCover(shared.sha256())));
        Article binned = as("author.nanning", () -> bin.moveToBin(withPhotos.id(), withPhotos.version()));

        assertThat(purge.purgeExpired()).isZero();
        db.execute("update article set binned_at = now() - interval '31 days' where id = ?", binned.id().value());
        assertThat(purge.purgeExpired()).isEqualTo(1);

        assertThatThrownBy(() -> as("editor.nanning", () -> articles.find(binned.id())))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(as("author.nanning", () -> media.library("", 0, 100).toList())).extracting(MediaItem::sha256)
                .doesNotContain(onlyHere.sha256()).contains(shared.sha256());
        assertThat(as("editor.nanning", () -> articles.find(other.id())).working().content().coverSha256())
                .isEqualTo(shared.sha256());
    }

    @Test
    void only_an_administrator_empties_every_bin_at_once() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));
        Article liuzhou = as("editor.liuzhou", () -> articles.find(idOf(LIUZHOU_PUBLISHED)));
        Article offline = as("editor.liuzhou", () -> review.unpublish(liuzhou.id(), liuzhou.version()));
        as("editor.liuzhou", () -> bin.moveToBin(offline.id(), offline.version()));
        assertThatThrownBy(() -> as("editor.all", () -> bin.empty())).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> bin.countAll())).isEqualTo(2);

        assertThat(as("admin", () -> bin.empty())).isEqualTo(2);

        assertThat(as("admin", () -> bin.countAll())).isZero();
        assertThatThrownBy(() -> as("editor.all", () -> articles.find(offline.id())))
                .isInstanceOf(ArticleNotFoundException.class);
    }
}
