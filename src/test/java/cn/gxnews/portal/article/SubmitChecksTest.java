package cn.gxnews.portal.article;

import cn.gxnews.portal.base.TextLengthRefusedException;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an article needs before it goes to review, checked again when it is approved: a sensitive word kept in
 * the database, or a photo block still waiting for its image, blocks both.
 */
class SubmitChecksTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private SensitiveWordService sensitiveWords;

    @Autowired
    private PublishedNewsService publishedNews;

    @Test
    void an_article_with_a_listed_word_cannot_be_submitted_and_the_words_are_named() {
        as("admin", () -> sensitiveWords.add("内部资料"));
        as("admin", () -> sensitiveWords.add("Secret"));
        Article draft = as("author.liuzhou", () -> articles.createDraft(ArticleDraft.of("柳州分公司年度计划",
                "这是内部资料的摘要", List.of("正文提到 SECRET 项目。"))));

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(DraftIncompleteException.class, e -> {
                    assertThat(e.problems()).containsExactly("error.draft.sensitiveWords");
                    assertThat(e.sensitiveWords()).containsExactlyInAnyOrder("内部资料", "SECRET");
                });
        assertThat(as("author.liuzhou", () -> articles.sensitiveWordsIn(draft.working().content())))
                .extracting(SensitiveWordService.Hit::word, SensitiveWordService.Hit::field,
                        SensitiveWordService.Hit::before, SensitiveWordService.Hit::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("内部资料", "summary", "这是", "的摘要"),
                        org.assertj.core.groups.Tuple.tuple("SECRET", "body", "正文提到 ", " 项目。"));

        Article clean = as("author.liuzhou", () -> articles.save(draft.id(), draft.version(),
                ArticleDraft.of("柳州分公司年度计划", "这是公开的摘要", List.of("正文提到新项目。"))));
        assertThat(as("author.liuzhou", () -> articles.submit(clean.id(), clean.version())).state())
                .isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void approving_an_article_that_became_incomplete_after_submission_is_refused_with_the_reasons() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.all", () -> articles.find(id)).version();
        as("admin", () -> sensitiveWords.add("博览会"));

        assertThatThrownBy(() -> as("editor.all", () -> review.approveAndPublish(id, version)))
                .isInstanceOfSatisfying(DraftIncompleteException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.approval.incomplete");
                    assertThat(e.problems()).containsExactly("error.draft.sensitiveWords");
                    assertThat(e.sensitiveWords()).containsExactly("博览会");
                });
        assertThatThrownBy(() -> as("editor.all", () -> review.approveAndSchedule(id, version,
                Instant.now().plus(Duration.ofDays(1)), null)))
                .isInstanceOf(DraftIncompleteException.class);
        Article unchanged = as("editor.all", () -> articles.find(id));
        assertThat(unchanged.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(publishedNews.find(id)).isEmpty();

        // sending it back to its author is still possible: that is what the editor should do now
        assertThat(as("editor.all", () -> review.requestChanges(id, version, "请删去敏感词。")).state())
                .isEqualTo(ArticleState.CHANGES_REQUESTED);
    }

    @Test
    void a_photo_block_without_its_image_is_refused_at_submission_and_at_approval() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(ArticleDraft.of("柳州分公司开展消防演练",
                "全体员工参加消防演练。", List.of("11月26日，柳州分公司开展消防安全演练。", "▲演练现场"))));
        ArticleDraft described = withAltText(draft.working().content());
        Article saved = as("author.liuzhou", () -> articles.save(draft.id(), draft.version(), described));

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.submit(draft.id(), saved.version())))
                .isInstanceOfSatisfying(DraftIncompleteException.class,
                        e -> assertThat(e.problems()).containsExactly("error.draft.photoMissing"));

        // an editor takes the image out of an article already in review: approval checks again
        ArticleId inReview = idOf(LIUZHOU_IN_REVIEW);
        Article submitted = as("editor.liuzhou", () -> articles.find(inReview));
        ArticleDraft withoutImages = withoutImages(submitted.working().content());
        Article changed = as("editor.liuzhou", () -> articles.save(inReview, submitted.version(), withoutImages));

        assertThatThrownBy(() -> as("editor.all", () -> review.approveAndPublish(inReview, changed.version())))
                .isInstanceOfSatisfying(DraftIncompleteException.class,
                        e -> assertThat(e.problems()).containsExactly("error.draft.photoMissing"));
        assertThat(publishedNews.find(inReview)).isEmpty();
    }

    private static ArticleDraft withAltText(ArticleDraft content) {
        return new ArticleDraft(content.title(), content.summary(), content.body().stream()
                .map(b -> b instanceof Block.Photo p ? new Block.Photo(null, p.caption(), "", "演练现场的员工") : b)
                .toList(), null);
    }

    private static ArticleDraft withoutImages(ArticleDraft content) {
        return new ArticleDraft(content.title(), content.summary(), content.body().stream()
                .map(b -> b instanceof Block.Photo p ? p.withImage(null) : b).toList(), null);
    }

    @Test
    void only_administrators_edit_the_list() {
        assertThatThrownBy(() -> as("editor.all", () -> sensitiveWords.add("任何词"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("author.liuzhou", () -> sensitiveWords.list())).isInstanceOf(AccessDeniedException.class);

        assertThat(as("admin", () -> sensitiveWords.add("  机密 "))).isTrue();
        assertThat(as("admin", () -> sensitiveWords.add("机密"))).isFalse();
        assertThat(as("admin", () -> sensitiveWords.list())).containsExactly("机密");
        as("admin", () -> {
            sensitiveWords.remove("机密");
            return null;
        });
        assertThat(as("admin", () -> sensitiveWords.list())).isEmpty();
        assertThatThrownBy(() -> as("admin", () -> sensitiveWords.add("   "))).isInstanceOf(TextLengthRefusedException.class);
    }
}
