package cn.gxnews.portal.article;

import cn.gxnews.portal.article.ArticleMerge.BlockConflict;
import cn.gxnews.portal.article.ArticleMerge.CoverConflict;
import cn.gxnews.portal.article.ArticleMerge.Side;
import cn.gxnews.portal.article.ArticleMerge.TextConflict;
import cn.gxnews.portal.article.ArticleMerge.TextField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three-way merge carries one writer's changes onto the latest text and drops nobody's silently. */
class ArticleMergeTest {

    private static final List<String> SIX = List.of("第一段", "第二段", "第三段", "第四段", "第五段", "第六段");
    private static final ArticleDraft BASE = draft("标题", "摘要", SIX);

    @Test
    void a_change_made_on_one_side_only_is_taken_from_either_side() {
        ArticleDraft mine = draft("标题", "我改的摘要", SIX);
        ArticleDraft theirs = draft("他改的标题", "摘要", SIX);

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.merged()).isEqualTo(draft("他改的标题", "我改的摘要", SIX));
    }

    @Test
    void the_same_change_on_both_sides_is_taken_once() {
        ArticleDraft both = draft("同一个新标题", "摘要", replace(SIX, 2, "两人一样改的第三段"));

        ArticleMerge merge = ArticleMerge.of(BASE, both, both);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.merged()).isEqualTo(both);
    }

    @Test
    void different_changes_to_the_same_field_are_a_conflict_that_the_writer_decides() {
        ArticleDraft mine = draft("我的标题", "我的摘要", SIX);
        ArticleDraft theirs = draft("他的标题", "摘要", SIX);

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(new TextConflict(TextField.TITLE, "我的标题", "他的标题"));
        assertThat(merge.resolve(List.of(Side.MINE)).title()).isEqualTo("我的标题");
        assertThat(merge.resolve(List.of(Side.THEIRS)).title()).isEqualTo("他的标题");
        assertThat(merge.resolve(List.of(Side.THEIRS)).summary()).isEqualTo("我的摘要");
    }

    @Test
    void an_undecided_conflict_yields_no_merged_text() {
        ArticleMerge merge = ArticleMerge.of(BASE, draft("我的标题", "摘要", SIX), draft("他的标题", "摘要", SIX));

        assertThatThrownBy(merge::merged).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> merge.resolve(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cover_changed_on_both_sides_is_a_conflict_and_a_removed_cover_counts_as_a_change() {
        ArticleDraft base = BASE.withCover("a".repeat(64));
        ArticleDraft mine = BASE.withCover(null);
        ArticleDraft theirs = BASE.withCover("b".repeat(64));

        ArticleMerge merge = ArticleMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(new CoverConflict(null, "b".repeat(64)));
        assertThat(merge.resolve(List.of(Side.MINE)).coverSha256()).isNull();
        assertThat(ArticleMerge.of(base, mine, base).merged().coverSha256()).isNull();
    }

    @Test
    void edits_to_different_blocks_are_both_kept() {
        ArticleDraft mine = draft("标题", "摘要", replace(SIX, 1, "我改的第二段"));
        ArticleDraft theirs = draft("标题", "摘要", replace(SIX, 4, "他改的第五段"));

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(texts(merge.merged())).containsExactly("第一段", "我改的第二段", "第三段", "第四段", "他改的第五段", "第六段");
    }

    @Test
    void edits_to_neighbouring_blocks_are_both_kept() {
        ArticleDraft mine = draft("标题", "摘要", replace(SIX, 1, "我改的第二段"));
        ArticleDraft theirs = draft("标题", "摘要", replace(SIX, 2, "他改的第三段"));

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged()))
                .containsExactly("第一段", "我改的第二段", "他改的第三段", "第四段", "第五段", "第六段");
    }

    @Test
    void different_edits_to_the_same_block_are_a_conflict_at_its_place() {
        ArticleDraft mine = draft("标题", "摘要", replace(SIX, 2, "我改的第三段"));
        ArticleDraft theirs = draft("他的标题", "摘要", replace(SIX, 2, "他改的第三段"));

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(
                new BlockConflict(3, new Block.Paragraph("我改的第三段"), new Block.Paragraph("他改的第三段")));
        assertThat(merge.resolve(List.of(Side.MINE))).isEqualTo(draft("他的标题", "摘要", replace(SIX, 2, "我改的第三段")));
        assertThat(merge.resolve(List.of(Side.THEIRS))).isEqualTo(theirs);
    }

    @Test
    void insertions_on_both_sides_are_kept_where_each_was_made() {
        ArticleDraft mine = draft("标题", "摘要", insert(SIX, 1, "我加在第一段后"));
        ArticleDraft theirs = draft("标题", "摘要", insert(SIX, 4, "他加在第四段后"));

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged())).containsExactly(
                "第一段", "我加在第一段后", "第二段", "第三段", "第四段", "他加在第四段后", "第五段", "第六段");
    }

    @Test
    void insertions_at_the_same_place_are_both_kept_the_latest_first() {
        ArticleDraft mine = draft("标题", "摘要", append(SIX, "我加的结尾一", "我加的结尾二"));
        ArticleDraft theirs = draft("标题", "摘要", append(SIX, "他加的结尾"));

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged())).endsWith("第六段", "他加的结尾", "我加的结尾一", "我加的结尾二");
    }

    @Test
    void the_same_insertion_on_both_sides_is_taken_once() {
        ArticleDraft mine = draft("标题", "摘要", append(SIX, "同一段补充", "只有我加的"));
        ArticleDraft theirs = draft("标题", "摘要", append(SIX, "同一段补充"));

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged())).endsWith("第六段", "同一段补充", "只有我加的");
    }

    @Test
    void a_block_deleted_on_one_side_and_untouched_on_the_other_is_deleted() {
        ArticleDraft mine = draft("标题", "摘要", remove(SIX, 3));
        ArticleDraft theirs = draft("标题", "摘要", replace(SIX, 0, "他改的第一段"));

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged()))
                .containsExactly("他改的第一段", "第二段", "第三段", "第五段", "第六段");
    }

    @Test
    void a_block_edited_on_one_side_and_deleted_on_the_other_is_a_conflict_and_can_come_back() {
        ArticleDraft mine = draft("标题", "摘要", replace(SIX, 3, "我改的第四段"));
        ArticleDraft theirs = draft("标题", "摘要", remove(SIX, 3));

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(new BlockConflict(4, new Block.Paragraph("我改的第四段"), null));
        assertThat(texts(merge.resolve(List.of(Side.MINE))))
                .containsExactly("第一段", "第二段", "第三段", "我改的第四段", "第五段", "第六段");
        assertThat(merge.resolve(List.of(Side.THEIRS))).isEqualTo(theirs);
        assertThat(ArticleMerge.of(BASE, theirs, mine).conflicts())
                .containsExactly(new BlockConflict(4, null, new Block.Paragraph("我改的第四段")));
    }

    @Test
    void a_block_moved_on_one_side_keeps_the_other_sides_edit() {
        List<String> moved = new ArrayList<>(SIX);
        moved.add(4, moved.remove(1));
        ArticleDraft mine = draft("标题", "摘要", moved);
        ArticleDraft theirs = draft("标题", "摘要", replace(SIX, 1, "他改的第二段"));

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(texts(merge.merged())).containsExactly("第一段", "第三段", "第四段", "第五段", "他改的第二段", "第六段");
    }

    @Test
    void a_block_moved_by_the_other_side_stays_moved_beside_an_insertion_of_mine() {
        List<String> moved = new ArrayList<>(SIX);
        moved.add(moved.remove(0));
        ArticleDraft mine = draft("标题", "摘要", insert(SIX, 3, "我加在第三段后"));
        ArticleDraft theirs = draft("标题", "摘要", moved);

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged()))
                .containsExactly("第二段", "第三段", "我加在第三段后", "第四段", "第五段", "第六段", "第一段");
    }

    @Test
    void a_block_both_moved_to_different_places_stays_where_the_latest_text_has_it() {
        List<String> mineMoved = new ArrayList<>(SIX);
        mineMoved.add(mineMoved.remove(0));
        List<String> theirsMoved = new ArrayList<>(SIX);
        theirsMoved.add(2, theirsMoved.remove(0));

        ArticleMerge merge = ArticleMerge.of(BASE, draft("标题", "摘要", mineMoved), draft("标题", "摘要", theirsMoved));

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(texts(merge.merged())).isEqualTo(theirsMoved);
    }

    @Test
    void a_block_moved_on_one_side_and_deleted_on_the_other_is_deleted() {
        List<String> moved = new ArrayList<>(SIX);
        moved.add(moved.remove(2));

        assertThat(texts(ArticleMerge.of(BASE, draft("标题", "摘要", moved), draft("标题", "摘要", remove(SIX, 2))).merged()))
                .containsExactly("第一段", "第二段", "第四段", "第五段", "第六段");
    }

    @Test
    void a_block_replaced_by_two_is_an_edit_of_the_first_and_an_insertion() {
        List<String> split = new ArrayList<>(SIX);
        split.set(2, "第三段上半");
        split.add(3, "第三段下半");
        ArticleDraft mine = draft("标题", "摘要", split);
        ArticleDraft theirs = draft("标题", "摘要", replace(SIX, 5, "他改的第六段"));

        assertThat(texts(ArticleMerge.of(BASE, mine, theirs).merged())).containsExactly(
                "第一段", "第二段", "第三段上半", "第三段下半", "第四段", "第五段", "他改的第六段");
    }

    @Test
    void photo_captions_merge_like_any_block() {
        ArticleDraft base = new ArticleDraft("标题", "摘要", List.of(new Block.Paragraph("正文"),
                new Block.Photo("c".repeat(64), "说明", "", "替代文字")));
        ArticleDraft mine = new ArticleDraft("标题", "摘要", List.of(new Block.Paragraph("我改的正文"),
                new Block.Photo("c".repeat(64), "说明", "", "替代文字")));
        ArticleDraft theirs = new ArticleDraft("标题", "摘要", List.of(new Block.Paragraph("正文"),
                new Block.Photo("c".repeat(64), "他改的说明", "", "替代文字")));

        assertThat(ArticleMerge.of(base, mine, theirs).merged().body()).containsExactly(new Block.Paragraph("我改的正文"),
                new Block.Photo("c".repeat(64), "他改的说明", "", "替代文字"));
    }

    @Test
    void several_conflicts_are_listed_fields_first_then_blocks_in_order_and_decided_one_by_one() {
        ArticleDraft mine = draft("我的标题", "摘要", replace(replace(SIX, 0, "我的第一段"), 5, "我的第六段"));
        ArticleDraft theirs = draft("他的标题", "摘要", replace(replace(SIX, 0, "他的第一段"), 5, "他的第六段"));

        ArticleMerge merge = ArticleMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).extracting(Object::getClass)
                .containsExactly(TextConflict.class, BlockConflict.class, BlockConflict.class);
        assertThat(merge.conflicts().get(2)).isEqualTo(
                new BlockConflict(6, new Block.Paragraph("我的第六段"), new Block.Paragraph("他的第六段")));
        ArticleDraft resolved = merge.resolve(List.of(Side.THEIRS, Side.MINE, Side.THEIRS));
        assertThat(resolved.title()).isEqualTo("他的标题");
        assertThat(texts(resolved)).containsExactly("我的第一段", "第二段", "第三段", "第四段", "第五段", "他的第六段");
    }

    @Test
    void without_a_known_base_every_difference_is_a_conflict_and_nothing_is_dropped() {
        ArticleDraft mine = draft("我的标题", "摘要", append(replace(SIX, 1, "我的第二段"), "我加的"));
        ArticleDraft theirs = draft("标题", "摘要", remove(SIX, 4));

        ArticleMerge merge = ArticleMerge.of(null, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(
                new TextConflict(TextField.TITLE, "我的标题", "标题"),
                new BlockConflict(2, new Block.Paragraph("我的第二段"), new Block.Paragraph("第二段")),
                new BlockConflict(5, new Block.Paragraph("第五段"), null),
                new BlockConflict(7, new Block.Paragraph("我加的"), null));
        assertThat(merge.resolve(List.of(Side.MINE, Side.MINE, Side.MINE, Side.MINE))).isEqualTo(mine);
        assertThat(merge.resolve(List.of(Side.THEIRS, Side.THEIRS, Side.THEIRS, Side.THEIRS))).isEqualTo(theirs);
        assertThat(ArticleMerge.of(null, theirs, theirs).merged()).isEqualTo(theirs);
    }

    @Test
    void when_only_mine_changed_the_merge_is_mine_and_when_only_theirs_changed_it_is_theirs() {
        ArticleDraft changed = draft("新标题", "新摘要", append(remove(SIX, 0), "新的一段"));

        assertThat(ArticleMerge.of(BASE, changed, BASE).merged()).isEqualTo(changed);
        assertThat(ArticleMerge.of(BASE, BASE, changed).merged()).isEqualTo(changed);
    }

    private static ArticleDraft draft(String title, String summary, List<String> paragraphs) {
        return ArticleDraft.of(title, summary, paragraphs);
    }

    private static List<String> texts(ArticleDraft draft) {
        return draft.body().stream().map(Block::text).toList();
    }

    private static List<String> replace(List<String> paragraphs, int index, String text) {
        List<String> copy = new ArrayList<>(paragraphs);
        copy.set(index, text);
        return copy;
    }

    private static List<String> insert(List<String> paragraphs, int index, String text) {
        List<String> copy = new ArrayList<>(paragraphs);
        copy.add(index, text);
        return copy;
    }

    private static List<String> append(List<String> paragraphs, String... texts) {
        List<String> copy = new ArrayList<>(paragraphs);
        copy.addAll(List.of(texts));
        return copy;
    }

    private static List<String> remove(List<String> paragraphs, int index) {
        List<String> copy = new ArrayList<>(paragraphs);
        copy.remove(index);
        return copy;
    }
}
