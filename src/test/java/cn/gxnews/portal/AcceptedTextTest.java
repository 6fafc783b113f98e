package cn.gxnews.portal;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.base.TextRefusedException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.DraftIncompleteException;
import cn.gxnews.portal.article.DraftProblem;
import cn.gxnews.portal.article.SensitiveWordService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.article.CommentService;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.util.List;
import java.util.Set;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every service that stores text typed by staff takes the same text (decision 0015): no invisible control
 * characters, whatever the route; the refusal is a translated message that names the field, and nothing is written.
 */
class AcceptedTextTest extends AbstractIntegrationTest {

    /** Written characters of every kind, which every field takes. */
    private static final String UNUSUAL_BUT_WRITTEN = "𠀀😀 \u200Fعربي ]]> </script> <!-- \"'& ▲";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;
    @Autowired
    private CommentService comments;
    @Autowired
    private StaffAccountService accounts;
    @Autowired
    private OfficeService offices;
    @Autowired
    private SensitiveWordService sensitiveWords;
    @Autowired
    private MediaService media;
    @Autowired
    private Translations translations;

    @Test
    void a_draft_with_a_control_character_is_refused_field_by_field_and_nothing_is_written() {
        int before = articleCount();
        ArticleDraft hostile = new ArticleDraft("柳州分公司\u0008开展消防演练", "全体员工\u001B参加。",
                List.of(new Block.Paragraph("演练\u000B开始。"), new Block.Photo(null, "演练现场\n第二行", "", "员工")));

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.createDraft(hostile)))
                .isInstanceOfSatisfying(DraftIncompleteException.class, e -> assertThat(e.problems()).containsExactly(
                        DraftProblem.TITLE_CHARACTERS, DraftProblem.SUMMARY_CHARACTERS, DraftProblem.BODY_CHARACTERS));
        assertThat(articleCount()).isEqualTo(before);
        assertThat(translations.getTranslation("error.draft.titleCharacters", Translations.ENGLISH))
                .startsWith("The title holds an invisible control character");
    }

    @Test
    void an_autosave_with_a_nul_is_refused_with_a_message_instead_of_failing_in_the_database() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article draft = as("author.liuzhou", () -> articles.find(id));
        ArticleDraft withNul = new ArticleDraft("柳州分公司\u0000举办培训", draft.working().content().summary(),
                draft.working().content().body());

        assertThatThrownBy(() -> as("author.liuzhou", () -> {
            articles.autosave(id, draft.version(), draft.working().number(), withNul);
            return null;
        })).isInstanceOfSatisfying(DraftIncompleteException.class,
                e -> assertThat(e.problems()).containsExactly(DraftProblem.TITLE_CHARACTERS));
        assertThat(as("author.liuzhou", () -> articles.findAutosave(id))).isEmpty();
    }

    @Test
    void line_breaks_are_taken_in_the_summary_and_the_body_and_unusual_writing_everywhere() {
        ArticleDraft text = new ArticleDraft("标题 " + UNUSUAL_BUT_WRITTEN, "第一行\n第二行\t" + UNUSUAL_BUT_WRITTEN,
                List.of(new Block.Paragraph("第一行\r\n第二行"), new Block.Quote("“引文”\n——某人"),
                        new Block.Photo(null, "图片说明 " + UNUSUAL_BUT_WRITTEN, "摄影", "替代文字")));

        Article saved = as("author.liuzhou", () -> articles.createDraft(text));

        assertThat(saved.working().content()).isEqualTo(text);
    }

    @Test
    void comments_reasons_names_e_mail_offices_words_and_captions_refuse_control_characters_by_name() {
        ArticleId inReview = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(inReview)).version();
        assertRefused(() -> as("editor.liuzhou", () -> comments.add(inReview, null, "好\u0000")), "comments.heading",
                "“评论”的第 2 个字符是看不见的控制字符（U+0000）");
        assertRefused(() -> as("editor.liuzhou", () -> review.requestChanges(inReview, version, "请改\u0007标题")),
                "review.reason", "“修改意见”的第 3 个字符");
        assertRefused(() -> as("admin", () -> accounts.open("author.nanning2", "王\u000B芳", null, "nanning",
                Set.of(StaffRole.AUTHOR))), "staff.displayName", "“姓名”的第 2 个字符");
        assertRefused(() -> as("admin", () -> accounts.open("author.nanning2", "王芳", "wang\u007F@gxnews.example",
                "nanning", Set.of(StaffRole.AUTHOR))), "staff.email", "“电子邮箱”的第 5 个字符是看不见的控制字符（U+007F）");
        Office liuzhou = offices.find("liuzhou").orElseThrow();
        int officeVersion = as("admin", () -> offices.version("liuzhou"));
        assertRefused(() -> as("admin", () -> offices.update(new Office("liuzhou", liuzhou.nameZh(), liuzhou.nameEn(),
                "\u001B[31m柳州市", liuzhou.contactPerson(), liuzhou.phone()), officeVersion)), "office.address",
                "“地址”的第 1 个字符是看不见的控制字符（U+001B）");
        assertRefused(() -> as("admin", () -> sensitiveWords.add("敏感\uFFFE")), "sensitiveWords.word", "“词语”的第 3 个字符");
        MediaItem photo = as("author.liuzhou", () -> media.upload(TestPhotos.jpeg(400, 300, Color.GREEN)));
        assertRefused(() -> as("author.liuzhou", () -> media.describe(photo.id(), photo.version(), "展位", "韦\u0008强",
                "展位")), "media.credit", "“摄影”的第 2 个字符");

        assertThat(as("editor.liuzhou", () -> comments.comments(inReview))).isEmpty();
        assertThat(as("admin", () -> accounts.enabledAmong(List.of("author.nanning2")))).isEmpty();
        assertThat(as("admin", () -> sensitiveWords.list())).noneMatch(word -> word.startsWith("敏感"));
        assertThat(offices.find("liuzhou")).contains(liuzhou);
    }

    @Test
    void a_search_of_the_photo_library_with_a_nul_finds_nothing_instead_of_failing() {
        assertThat(as("author.liuzhou", () -> media.count("\u0000植树"))).isZero();
        assertThat(as("author.liuzhou", () -> media.library("\u0000植树", 0, 10).toList())).isEmpty();
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                               String chinesePrefix) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TextRefusedException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(translations.message(e, Translations.CHINESE)).startsWith(chinesePrefix);
            assertThat(translations.message(e, Translations.ENGLISH)).contains("invisible control character");
        });
    }

    private int articleCount() {
        return db.fetchCount(org.jooq.impl.DSL.table("article"));
    }
}
