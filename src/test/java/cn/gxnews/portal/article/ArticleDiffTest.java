package cn.gxnews.portal.article;

import cn.gxnews.portal.article.ArticleDiff.BlockChange;
import cn.gxnews.portal.article.ArticleDiff.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gxnews.portal.article.ArticleDiff.ChangeKind.ADDED;
import static cn.gxnews.portal.article.ArticleDiff.ChangeKind.CHANGED;
import static cn.gxnews.portal.article.ArticleDiff.ChangeKind.REMOVED;
import static cn.gxnews.portal.article.ArticleDiff.ChangeKind.UNCHANGED;
import static cn.gxnews.portal.article.ArticleDiff.SegmentKind.DELETED;
import static cn.gxnews.portal.article.ArticleDiff.SegmentKind.INSERTED;
import static cn.gxnews.portal.article.ArticleDiff.SegmentKind.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What an editor sees changed between two revisions, down to the characters of a Chinese paragraph. */
class ArticleDiffTest {

    private static final String TITLE = "柳州分公司开展消防演练";
    private static final String SUMMARY = "全体员工参加消防演练。";
    private static final String FIRST = "11月26日，柳州分公司开展消防安全演练。";
    private static final String SECOND = "演练模拟办公楼起火，员工有序疏散。";
    private static final String THIRD = "分公司负责人对演练进行了总结。";
    private static final String CAPTION = "▲演练现场";

    @Test
    void a_new_article_without_a_previous_revision_is_all_added() {
        ArticleDiff diff = ArticleDiff.between(null, draft(FIRST, CAPTION));

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.title().changed()).isTrue();
        assertThat(diff.title().before()).isEmpty();
        assertThat(diff.title().segments()).containsExactly(new Segment(INSERTED, TITLE));
        assertThat(diff.summary().segments()).containsExactly(new Segment(INSERTED, SUMMARY));
        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::beforeText, BlockChange::afterText, BlockChange::segments)
                .containsExactly(
                        tuple(ADDED, null, FIRST, List.of(new Segment(INSERTED, FIRST))),
                        tuple(ADDED, null, CAPTION, List.of(new Segment(INSERTED, CAPTION))));
    }

    @Test
    void identical_revisions_have_no_changes() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, SECOND, CAPTION), draft(FIRST, SECOND, CAPTION));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.title().changed()).isFalse();
        assertThat(diff.title().segments()).containsExactly(new Segment(SAME, TITLE));
        assertThat(diff.body()).extracting(BlockChange::kind).containsExactly(UNCHANGED, UNCHANGED, UNCHANGED);
        assertThat(diff.body().getFirst().segments()).containsExactly(new Segment(SAME, FIRST));
    }

    @Test
    void two_empty_bodies_have_no_changes() {
        ArticleDiff diff = ArticleDiff.between(draft(), draft());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.body()).isEmpty();
    }

    @Test
    void a_changed_paragraph_shows_the_inserted_and_deleted_characters() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, SECOND),
                draft("11月27日，柳州分公司开展消防安全演练。", SECOND));

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.body()).extracting(BlockChange::kind).containsExactly(CHANGED, UNCHANGED);
        BlockChange changed = diff.body().getFirst();
        assertThat(changed.beforeText()).isEqualTo(FIRST);
        assertThat(changed.afterText()).isEqualTo("11月27日，柳州分公司开展消防安全演练。");
        assertThat(changed.segments()).containsExactly(
                new Segment(SAME, "11月2"),
                new Segment(DELETED, "6"),
                new Segment(INSERTED, "7"),
                new Segment(SAME, "日，柳州分公司开展消防安全演练。"));
    }

    @Test
    void words_inserted_and_deleted_in_several_places_are_each_marked() {
        ArticleDiff diff = ArticleDiff.between(draft("南宁分公司举行安全培训。"), draft("南宁分公司今天举行消防培训。"));

        assertThat(diff.body().getFirst().segments()).containsExactly(
                new Segment(SAME, "南宁分公司"),
                new Segment(INSERTED, "今天"),
                new Segment(SAME, "举行"),
                new Segment(DELETED, "安全"),
                new Segment(INSERTED, "消防"),
                new Segment(SAME, "培训。"));
    }

    @Test
    void a_paragraph_inserted_in_the_middle_is_added_between_unchanged_ones() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, THIRD), draft(FIRST, SECOND, THIRD));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::afterText)
                .containsExactly(tuple(UNCHANGED, FIRST), tuple(ADDED, SECOND), tuple(UNCHANGED, THIRD));
    }

    @Test
    void a_removed_paragraph_stays_where_it_was() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, SECOND, THIRD), draft(FIRST, THIRD));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::beforeText, BlockChange::afterText)
                .containsExactly(tuple(UNCHANGED, FIRST, FIRST), tuple(REMOVED, SECOND, null),
                        tuple(UNCHANGED, THIRD, THIRD));
        assertThat(diff.body().get(1).segments()).containsExactly(new Segment(DELETED, SECOND));
    }

    @Test
    void reordered_paragraphs_show_as_removed_and_added_and_none_is_lost() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, SECOND, THIRD), draft(THIRD, FIRST, SECOND));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::beforeText, BlockChange::afterText)
                .containsExactly(tuple(ADDED, null, THIRD), tuple(UNCHANGED, FIRST, FIRST),
                        tuple(UNCHANGED, SECOND, SECOND), tuple(REMOVED, THIRD, null));
    }

    @Test
    void two_swapped_paragraphs_are_removed_and_added_not_paired_as_changed() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, SECOND), draft(SECOND, FIRST));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::beforeText, BlockChange::afterText)
                .containsExactly(tuple(REMOVED, FIRST, null), tuple(UNCHANGED, SECOND, SECOND),
                        tuple(ADDED, null, FIRST));
    }

    @Test
    void removed_paragraphs_followed_by_added_ones_pair_up_as_changed_and_the_rest_stay_added() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, "旧的第二段。", THIRD),
                draft(FIRST, "新的第二段。", "新加的一段。", THIRD));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::beforeText, BlockChange::afterText)
                .containsExactly(tuple(UNCHANGED, FIRST, FIRST), tuple(CHANGED, "旧的第二段。", "新的第二段。"),
                        tuple(ADDED, null, "新加的一段。"), tuple(UNCHANGED, THIRD, THIRD));
        assertThat(diff.body().get(1).segments()).containsExactly(
                new Segment(DELETED, "旧"), new Segment(INSERTED, "新"), new Segment(SAME, "的第二段。"));
    }

    @Test
    void more_removed_than_added_paragraphs_leave_the_rest_removed() {
        ArticleDiff diff = ArticleDiff.between(draft("甲段。", "乙段。", "丙段。"), draft("丁段。"));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::beforeText, BlockChange::afterText)
                .containsExactly(tuple(CHANGED, "甲段。", "丁段。"), tuple(REMOVED, "乙段。", null),
                        tuple(REMOVED, "丙段。", null));
    }

    @Test
    void a_body_cleared_completely_is_all_removed() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST), ArticleDraft.of(TITLE, SUMMARY, List.of()));

        assertThat(diff.body()).extracting(BlockChange::kind).containsExactly(REMOVED);
    }

    @Test
    void repeated_paragraphs_are_matched_one_for_one() {
        ArticleDiff diff = ArticleDiff.between(draft(CAPTION, FIRST, CAPTION), draft(CAPTION, FIRST, CAPTION, CAPTION));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::afterText)
                .containsExactly(tuple(UNCHANGED, CAPTION), tuple(UNCHANGED, FIRST), tuple(UNCHANGED, CAPTION),
                        tuple(ADDED, CAPTION));
    }

    @Test
    void a_changed_caption_is_marked_as_a_caption() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, CAPTION), draft(FIRST, "▲消防演练现场"));

        BlockChange caption = diff.body().get(1);
        assertThat(caption.kind()).isEqualTo(CHANGED);
        assertThat(caption.isCaption()).isTrue();
        assertThat(caption.segments()).containsExactly(
                new Segment(SAME, "▲"), new Segment(INSERTED, "消防"), new Segment(SAME, "演练现场"));
        assertThat(diff.body().getFirst().isCaption()).isFalse();
    }

    @Test
    void a_removed_caption_is_still_a_caption() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST, CAPTION), draft(FIRST));

        assertThat(diff.body()).extracting(BlockChange::kind, BlockChange::isCaption)
                .containsExactly(tuple(UNCHANGED, false), tuple(REMOVED, true));
    }

    @Test
    void a_changed_title_shows_its_segments_and_an_unchanged_summary_does_not_count() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST),
                ArticleDraft.of("柳州分公司举行消防演练", SUMMARY, List.of(FIRST)));

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.title().changed()).isTrue();
        assertThat(diff.title().before()).isEqualTo(TITLE);
        assertThat(diff.title().after()).isEqualTo("柳州分公司举行消防演练");
        assertThat(diff.title().segments()).containsExactly(
                new Segment(SAME, "柳州分公司"), new Segment(DELETED, "开展"), new Segment(INSERTED, "举行"),
                new Segment(SAME, "消防演练"));
        assertThat(diff.summary().changed()).isFalse();
        assertThat(diff.body()).extracting(BlockChange::kind).containsExactly(UNCHANGED);
    }

    @Test
    void a_changed_summary_alone_makes_the_diff_non_empty() {
        ArticleDiff diff = ArticleDiff.between(draft(FIRST),
                ArticleDraft.of(TITLE, "全体员工参加了消防演练。", List.of(FIRST)));

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.summary().segments()).containsExactly(
                new Segment(SAME, "全体员工参加"), new Segment(INSERTED, "了"), new Segment(SAME, "消防演练。"));
    }

    @Test
    void an_emoji_is_never_split_even_when_two_emoji_share_a_surrogate() {
        // 😀 (U+1F600) and 😃 (U+1F603) share their first UTF-16 unit; a char-by-char diff would split them.
        ArticleDiff diff = ArticleDiff.between(draft("今天😀开心。"), draft("今天😃开心𠀀。"));

        List<Segment> segments = diff.body().getFirst().segments();
        assertThat(segments).containsExactly(
                new Segment(SAME, "今天"), new Segment(DELETED, "😀"), new Segment(INSERTED, "😃"),
                new Segment(SAME, "开心"), new Segment(INSERTED, "𠀀"), new Segment(SAME, "。"));
        assertThat(segments).allSatisfy(segment -> assertThat(isWellFormed(segment.text())).isTrue());
    }

    @Test
    void a_long_paragraph_with_a_small_edit_still_shows_just_that_edit() {
        String start = "柳".repeat(3_000);
        String end = "州".repeat(3_000);
        ArticleDiff diff = ArticleDiff.between(draft(start + "旧" + end), draft(start + "新" + end));

        assertThat(diff.body().getFirst().segments()).containsExactly(
                new Segment(SAME, start), new Segment(DELETED, "旧"), new Segment(INSERTED, "新"),
                new Segment(SAME, end));
    }

    @Test
    void very_long_texts_that_differ_throughout_are_shown_as_deleted_then_inserted_whole() {
        String before = "南宁".repeat(1_500) + "😀";
        String after = "😃" + "桂林".repeat(1_500);
        ArticleDiff diff = ArticleDiff.between(draft(before), draft(after));

        assertThat(diff.body()).extracting(BlockChange::kind).containsExactly(CHANGED);
        assertThat(diff.body().getFirst().segments())
                .containsExactly(new Segment(DELETED, before), new Segment(INSERTED, after));
    }

    private static ArticleDraft draft(String... paragraphs) {
        return ArticleDraft.of(TITLE, SUMMARY, List.of(paragraphs));
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
