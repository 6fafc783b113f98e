package cn.gxnews.portal.article;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The workflow's rules as a table: every role (author, editor, editor of all offices, administrator) in the
 * article's own office and in another, in every state, taking every action, at the service; and an editor of
 * the office who changed the revision (four eyes per revision). The table is written out here by hand,
 * independent of {@link Transition}; an action the table does not know fails.
 */
class TransitionTableTest extends AbstractIntegrationTest {

    /** A member marked so saved a revision of the article before it reached the state (its reviewer: editor.all). */
    private static final String WHO_EDITED_IT = "+edited";

    /** What each member may do to a Liuzhou article written by author.liuzhou, per state. */
    private static final Map<String, String> ALLOWED = Map.of(
            // member         DRAFT                    IN_REVIEW                                                                  CHANGES_REQUESTED        SCHEDULED                  PUBLISHED        UNPUBLISHED
            "author.liuzhou", "SUBMIT EDIT MOVE_TO_BIN | WITHDRAW                                                               | SUBMIT EDIT MOVE_TO_BIN | WITHDRAW                 | -              | -",
            "author.guilin",  "-                       | -                                                                      | -                       | -                        | -              | -",
            "editor.liuzhou", "SUBMIT EDIT MOVE_TO_BIN | WITHDRAW REQUEST_CHANGES APPROVE_AND_PUBLISH APPROVE_AND_SCHEDULE EDIT MOVE_TO_BIN | SUBMIT EDIT MOVE_TO_BIN | WITHDRAW EDIT MOVE_TO_BIN | UNPUBLISH EDIT | REPUBLISH EDIT MOVE_TO_BIN",
            // the office's editor who changed the revision under review may do all the others may, but not review it
            "editor.liuzhou" + WHO_EDITED_IT,
                              "SUBMIT EDIT MOVE_TO_BIN | WITHDRAW EDIT MOVE_TO_BIN                                                | SUBMIT EDIT MOVE_TO_BIN | WITHDRAW EDIT MOVE_TO_BIN | UNPUBLISH EDIT | REPUBLISH EDIT MOVE_TO_BIN",
            "editor.guilin",  "-                       | -                                                                      | -                       | -                        | -              | -",
            "editor.all",     "SUBMIT EDIT MOVE_TO_BIN | WITHDRAW REQUEST_CHANGES APPROVE_AND_PUBLISH APPROVE_AND_SCHEDULE EDIT MOVE_TO_BIN | SUBMIT EDIT MOVE_TO_BIN | WITHDRAW EDIT MOVE_TO_BIN | UNPUBLISH EDIT | REPUBLISH EDIT MOVE_TO_BIN",
            "admin",          "-                       | -                                                                      | -                       | -                        | -              | -",
            // the company's publisher reads every office's articles but takes no level of a one-level office
            "publisher",      "-                       | -                                                                      | -                       | -                        | -              | -");

    /**
     * What each member may do to a Liuzhou article in review when Liuzhou has two levels, the first taken by its
     * editors and the second by the company's publishers; the first level approved by editor.liuzhou.
     */
    private static final Map<String, String> ALLOWED_AT_LEVEL = Map.of(
            // member         first level (初审)                                          second level (复审)
            "author.liuzhou", "WITHDRAW                                                 | WITHDRAW",
            "author.guilin",  "-                                                        | -",
            "editor.liuzhou", "WITHDRAW REQUEST_CHANGES APPROVE_LEVEL EDIT MOVE_TO_BIN  | WITHDRAW EDIT MOVE_TO_BIN",
            "editor.guilin",  "-                                                        | -",
            "editor.all",     "WITHDRAW REQUEST_CHANGES APPROVE_LEVEL EDIT MOVE_TO_BIN  | WITHDRAW EDIT MOVE_TO_BIN",
            "publisher",      "-                                                        | REQUEST_CHANGES APPROVE_AND_PUBLISH APPROVE_AND_SCHEDULE",
            "admin",          "-                                                        | -");

    private static final List<ArticleState> STATES = List.of(ArticleState.DRAFT, ArticleState.IN_REVIEW,
            ArticleState.CHANGES_REQUESTED, ArticleState.SCHEDULED, ArticleState.PUBLISHED, ArticleState.UNPUBLISHED);

    /**
     * The actions a member can take on an article that exists: every transition that is not the scheduler's and
     * not the creation, and editing.
     */
    private static final List<String> ACTIONS = Stream.concat(
            Arrays.stream(Transition.values())
                    .filter(t -> !t.bySchedulerOnly() && t != Transition.EDIT && t != Transition.CREATE)
                    .map(Enum::name),
            Stream.of("EDIT")).toList();

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private OfficeService offices;

    @Autowired
    private RecycleBinService bin;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        ALLOWED.forEach((member, row) -> {
            String[] cells = row.split("\\|");
            for (int i = 0; i < STATES.size(); i++) {
                Set<String> allowed = Arrays.stream(cells[i].trim().split("\\s+"))
                        .filter(a -> !a.equals("-")).collect(Collectors.toSet());
                for (String action : ACTIONS) {
                    cases.add(Arguments.of(member, STATES.get(i), action, allowed.contains(action)));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}: {2} → {3}")
    @MethodSource("cases")
    void the_service_allows_exactly_what_the_table_says(String member, ArticleState state, String action,
                                                        boolean allowed) {
        boolean editedIt = member.endsWith(WHO_EDITED_IT);
        String username = member.replace(WHO_EDITED_IT, "");
        Article article = articleIn(state, editedIt ? username : null);

        if (allowed) {
            Article after = as(username, () -> act(action, article));
            assertThat(after.version()).isGreaterThan(article.version());
            assertThat(after.history()).hasSizeGreaterThanOrEqualTo(article.history().size());
        } else {
            assertThatThrownBy(() -> as(username, () -> act(action, article)))
                    .isInstanceOfAny(AccessDeniedException.class, PortalException.class)
                    .isNotInstanceOf(StaleArticleException.class);
            Article unchanged = as("editor.liuzhou", () -> articles.find(article.id()));
            assertThat(unchanged.version()).isEqualTo(article.version());
            assertThat(unchanged.state()).isEqualTo(state);
            assertThat(unchanged.history()).hasSize(article.history().size());
        }
    }

    static Stream<Arguments> levelCases() {
        List<Arguments> cases = new ArrayList<>();
        ALLOWED_AT_LEVEL.forEach((member, row) -> {
            String[] cells = row.split("\\|");
            for (int level = 1; level <= 2; level++) {
                Set<String> allowed = Arrays.stream(cells[level - 1].trim().split("\\s+"))
                        .filter(a -> !a.equals("-")).collect(Collectors.toSet());
                for (String action : ACTIONS) {
                    cases.add(Arguments.of(member, level, action, allowed.contains(action)));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at level {1} of 2: {2} → {3}")
    @MethodSource("levelCases")
    void at_each_review_level_the_service_allows_exactly_what_the_table_says(String member, int level, String action,
                                                                            boolean allowed) {
        Office liuzhou = offices.find("liuzhou").orElseThrow();
        as("admin", () -> offices.update(liuzhou, ReviewLevels.of(ReviewTaker.OFFICE_EDITORS, ReviewTaker.PUBLISHERS),
                offices.version("liuzhou")));
        Article first = articleIn(ArticleState.IN_REVIEW, null);
        Article article = level == 1 ? first
                : as("editor.liuzhou", () -> review.approveLevel(first.id(), first.version(), null));
        assertThat(article.currentLevel()).isEqualTo(level);

        if (allowed) {
            Article after = as(member, () -> act(action, article));
            assertThat(after.version()).isGreaterThan(article.version());
        } else {
            assertThatThrownBy(() -> as(member, () -> act(action, article)))
                    .isInstanceOfAny(AccessDeniedException.class, PortalException.class)
                    .isNotInstanceOf(StaleArticleException.class);
            Article unchanged = as("editor.liuzhou", () -> articles.find(article.id()));
            assertThat(unchanged.version()).isEqualTo(article.version());
            assertThat(unchanged.currentLevel()).isEqualTo(level);
            assertThat(unchanged.history()).hasSize(article.history().size());
        }
    }

    private Article act(String action, Article article) {
        ArticleId id = article.id();
        int version = article.version();
        return switch (action) {
            case "SUBMIT" -> articles.submit(id, version);
            case "WITHDRAW" -> articles.withdraw(id, version);
            case "REQUEST_CHANGES" -> review.requestChanges(id, version, "请修改");
            case "APPROVE_LEVEL" -> review.approveLevel(id, version, "本级通过");
            case "MOVE_TO_BIN" -> bin.moveToBin(id, version);
            case "RESTORE_FROM_BIN" -> bin.restore(id, version);
            case "APPROVE_AND_PUBLISH" -> review.approveAndPublish(id, version);
            case "APPROVE_AND_SCHEDULE" -> review.approveAndSchedule(id, version, Instant.now().plus(Duration.ofDays(1)), null);
            case "UNPUBLISH" -> review.unpublish(id, version);
            case "REPUBLISH" -> review.republish(id, version);
            case "EDIT" -> articles.save(id, version, ArticleDraft.of("改过的标题", "改过的摘要", List.of("改过的正文。")));
            default -> fail("the table has no way to take " + action + ": add it to the table and to act()");
        };
    }

    /**
     * A Liuzhou article by author.liuzhou, brought into the state through the real workflow.
     *
     * @param editor an editor of the office who changes the draft before it is submitted, or {@code null}; then
     *               the editor of all offices reviews it
     */
    private Article articleIn(ArticleState state, @Nullable String editor) {
        Article created = as("author.liuzhou", () -> articles.createDraft(
                ArticleDraft.of("测试稿件 " + state, "摘要", List.of("正文。"))));
        Article draft = editor == null ? created : as(editor, () -> articles.save(created.id(), created.version(),
                ArticleDraft.of("测试稿件 " + state, "编辑改过的摘要", List.of("正文。"))));
        if (state == ArticleState.DRAFT) {
            return draft;
        }
        String reviewer = editor == null ? "editor.liuzhou" : "editor.all";
        Article inReview = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        return switch (state) {
            case IN_REVIEW -> inReview;
            case CHANGES_REQUESTED -> as(reviewer, () -> review.requestChanges(inReview.id(), inReview.version(), "改"));
            case SCHEDULED -> as(reviewer, () -> review.approveAndSchedule(inReview.id(), inReview.version(),
                    Instant.now().plus(Duration.ofDays(2)), null));
            case PUBLISHED -> as(reviewer, () -> review.approveAndPublish(inReview.id(), inReview.version()));
            case UNPUBLISHED -> {
                Article published = as(reviewer, () -> review.approveAndPublish(inReview.id(), inReview.version()));
                yield as(reviewer, () -> review.unpublish(published.id(), published.version()));
            }
            case DRAFT -> draft;
        };
    }
}
