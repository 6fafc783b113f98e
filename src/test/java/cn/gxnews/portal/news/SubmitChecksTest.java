package cn.gxnews.portal.news;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sensitive word kept in the database blocks submission until the writer removes it. */
class SubmitChecksTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private SensitiveWordService sensitiveWords;

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
        assertThatThrownBy(() -> as("admin", () -> sensitiveWords.add("   "))).isInstanceOf(DraftIncompleteException.class);
    }
}
