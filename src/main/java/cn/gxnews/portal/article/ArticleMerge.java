package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Carries one writer's changes onto a newer version of the article without undoing anybody else's: a
 * three-way merge of what the writer started from (the base), what they have now (mine) and the latest saved
 * text (theirs). Re-applying the writer's whole stale copy instead would silently revert what others saved
 * in between.
 *
 * <p>Title, summary and cover are merged as whole values; the body block by block. A change made on one side
 * only is taken; the same change on both sides is taken once; different changes to the same value or block
 * are {@link Conflict conflicts}, which only the writer can decide ({@link #resolve}).
 *
 * <p><b>The same block.</b> Blocks carry no id, so each side is matched against the base the way
 * {@link ArticleDiff} shows it to the user: the longest common subsequence of equal blocks stays in place;
 * a base block that is missing there but appears unchanged elsewhere was <em>moved</em>; within what is
 * left between two kept blocks, removed and added blocks are paired in order and count as the same block
 * <em>edited</em>; a base block left unpaired was <em>deleted</em>, a side block left unpaired was
 * <em>inserted</em>. A block both moved and edited is therefore a deletion and an insertion.
 *
 * <p><b>Order.</b> The body follows the latest text (theirs); a deleted block a conflict may bring back keeps
 * its old place; the writer's insertions and moves go right after the block that precedes them in the
 * writer's text, after any block the other side inserted at that same place. The same block inserted by
 * both at the same place is taken once. When both moved the same block to different places, it stays where
 * the latest text has it: its text is the same either way, and the writer sees the merged text before saving.
 *
 * <p>Without a known base (an autosave older than this merge) nothing can be told apart, so every
 * difference between mine and theirs is a conflict and nothing of either side is dropped.
 */
public final class ArticleMerge {

    /** Whose version a conflict takes. */
    public enum Side { MINE, THEIRS }

    /** A value or block that both sides changed differently: the writer picks one of the two. */
    public sealed interface Conflict permits TextConflict, CoverConflict, BlockConflict {
    }

    /** The two merged text fields. */
    public enum TextField { TITLE, SUMMARY }

    /** Both changed the title (or the summary) differently. */
    public record TextConflict(TextField field, String mine, String theirs) implements Conflict {

        public String pick(Side side) {
            return side == Side.MINE ? mine : theirs;
        }
    }

    /** Both changed the cover photo differently; {@code null} is no cover. */
    public record CoverConflict(@Nullable String mine, @Nullable String theirs) implements Conflict {

        public @Nullable String pick(Side side) {
            return side == Side.MINE ? mine : theirs;
        }
    }

    /**
     * Both changed the same block differently, or one edited a block the other deleted ({@code null}).
     *
     * @param position where the block stands in the merged body, counting from 1
     */
    public record BlockConflict(int position, @Nullable Block mine, @Nullable Block theirs) implements Conflict {

        public @Nullable Block pick(Side side) {
            return side == Side.MINE ? mine : theirs;
        }
    }

    /** One block of the merged body: decided already, or the conflict with this index. */
    private record Entry(@Nullable Block block, int conflict) {
    }

    private static final int NONE = -1;

    private final List<Conflict> conflicts = new ArrayList<>();
    private final String title;
    private final int titleConflict;
    private final String summary;
    private final int summaryConflict;
    private final @Nullable String cover;
    private final int coverConflict;
    private final List<Entry> body;

    private ArticleMerge(@Nullable ArticleDraft base, ArticleDraft mine, ArticleDraft theirs) {
        boolean known = base != null;
        ArticleDraft from = known ? base : theirs;
        titleConflict = decide(known, from.title(), mine.title(), theirs.title(),
                () -> new TextConflict(TextField.TITLE, mine.title(), theirs.title()));
        title = Objects.requireNonNull(merged(known, from.title(), mine.title(), theirs.title()));
        summaryConflict = decide(known, from.summary(), mine.summary(), theirs.summary(),
                () -> new TextConflict(TextField.SUMMARY, mine.summary(), theirs.summary()));
        summary = Objects.requireNonNull(merged(known, from.summary(), mine.summary(), theirs.summary()));
        coverConflict = decide(known, from.coverSha256(), mine.coverSha256(), theirs.coverSha256(),
                () -> new CoverConflict(mine.coverSha256(), theirs.coverSha256()));
        cover = merged(known, from.coverSha256(), mine.coverSha256(), theirs.coverSha256());
        body = mergeBody(known, from.body(), mine.body(), theirs.body());
    }

    /**
     * Merges the writer's text with the latest one.
     *
     * @param base   the text the writer started from, or {@code null} if it is not known (then every
     *               difference is a conflict)
     * @param mine   the writer's text
     * @param theirs the latest saved text
     */
    public static ArticleMerge of(@Nullable ArticleDraft base, ArticleDraft mine, ArticleDraft theirs) {
        return new ArticleMerge(base, mine, theirs);
    }

    /** What the writer must decide, title, summary and cover first, then the body's blocks in order. */
    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** The merged text, when there is nothing to decide. */
    public ArticleDraft merged() {
        if (hasConflicts()) {
            throw new IllegalStateException(conflicts.size() + " conflicts are not decided");
        }
        return resolve(List.of());
    }

    /**
     * The merged text with every conflict decided.
     *
     * @param choices one side for each of {@link #conflicts()}, in the same order
     */
    public ArticleDraft resolve(List<Side> choices) {
        if (choices.size() != conflicts.size()) {
            throw new IllegalArgumentException(choices.size() + " choices for " + conflicts.size() + " conflicts");
        }
        String mergedTitle = titleConflict == NONE ? title
                : ((TextConflict) conflicts.get(titleConflict)).pick(choices.get(titleConflict));
        String mergedSummary = summaryConflict == NONE ? summary
                : ((TextConflict) conflicts.get(summaryConflict)).pick(choices.get(summaryConflict));
        String mergedCover = coverConflict == NONE ? cover
                : ((CoverConflict) conflicts.get(coverConflict)).pick(choices.get(coverConflict));
        List<Block> blocks = new ArrayList<>();
        for (Entry entry : body) {
            Block block = entry.conflict() == NONE ? entry.block()
                    : ((BlockConflict) conflicts.get(entry.conflict())).pick(choices.get(entry.conflict()));
            if (block != null) {
                blocks.add(block);
            }
        }
        return new ArticleDraft(mergedTitle, mergedSummary, blocks, mergedCover);
    }

    /** Records a conflict if both sides changed the value differently; returns its index, or {@link #NONE}. */
    private int decide(boolean known, @Nullable Object base, @Nullable Object mine, @Nullable Object theirs,
                       java.util.function.Supplier<Conflict> conflict) {
        if (outcome(known, base, mine, theirs) != Outcome.CONFLICT) {
            return NONE;
        }
        conflicts.add(conflict.get());
        return conflicts.size() - 1;
    }

    /** The merged value where there is no conflict (where there is one, {@link #resolve} picks instead). */
    private static <T> @Nullable T merged(boolean known, @Nullable T base, @Nullable T mine, @Nullable T theirs) {
        return outcome(known, base, mine, theirs) == Outcome.THEIRS ? theirs : mine;
    }

    private enum Outcome { MINE, THEIRS, CONFLICT }

    /** The three-way rule, for a value or one block ({@code null}: the block was deleted). */
    private static Outcome outcome(boolean known, @Nullable Object base, @Nullable Object mine,
                                   @Nullable Object theirs) {
        if (Objects.equals(mine, theirs)) {
            return Outcome.MINE;
        }
        if (known && Objects.equals(mine, base)) {
            return Outcome.THEIRS;
        }
        if (known && Objects.equals(theirs, base)) {
            return Outcome.MINE;
        }
        return Outcome.CONFLICT;
    }

    /*
     * Every block gets an id: base blocks 0..n-1, theirs's new blocks n + their index, mine's new blocks
     * n + theirs.size() + their index. The merged order is a list of ids; each id's block is decided last.
     */
    private List<Entry> mergeBody(boolean known, List<Block> base, List<Block> mine, List<Block> theirs) {
        Matching mineMatch = Matching.of(base, mine);
        Matching theirsMatch = Matching.of(base, theirs);
        int n = base.size();
        int mineNew = n + theirs.size();

        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < theirs.size(); j++) {
            order.add(theirsMatch.baseOf[j] >= 0 ? theirsMatch.baseOf[j] : n + j);
        }
        // A block theirs deleted keeps its place, in case mine changed it and the writer wants it back.
        for (int i = 0; i < n; i++) {
            if (theirsMatch.sideOf[i] < 0) {
                int at = 0;
                for (int k = i - 1; k >= 0; k--) {
                    int index = order.indexOf(k);
                    if (index >= 0) {
                        at = index + 1;
                        break;
                    }
                }
                order.add(at, i);
            }
        }

        Set<Integer> sharedInsertions = new HashSet<>();
        int anchor = NONE;
        for (int j = 0; j < mine.size(); j++) {
            int i = mineMatch.baseOf[j];
            if (i >= 0) {
                if (known && mineMatch.moved[i] && !theirsMatch.moved[i]) {
                    order.remove(Integer.valueOf(i));
                    order.add(placeAfter(order, anchor, n, mineNew), i);
                }
                anchor = i;
                continue;
            }
            Block inserted = mine.get(j);
            int same = NONE;
            for (int k = indexAfter(order, anchor); k < order.size() && isTheirsNew(order.get(k), n, mineNew); k++) {
                int other = order.get(k);
                if (known && !sharedInsertions.contains(other) && theirs.get(other - n).equals(inserted)) {
                    same = other;
                    break;
                }
            }
            if (same != NONE) {
                sharedInsertions.add(same);
                anchor = same;
            } else {
                order.add(placeAfter(order, anchor, n, mineNew), mineNew + j);
                anchor = mineNew + j;
            }
        }

        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (int id : order) {
            Entry entry;
            if (id < n) {
                Block mineBlock = mineMatch.sideOf[id] < 0 ? null : mine.get(mineMatch.sideOf[id]);
                Block theirsBlock = theirsMatch.sideOf[id] < 0 ? null : theirs.get(theirsMatch.sideOf[id]);
                entry = switch (outcome(known, base.get(id), mineBlock, theirsBlock)) {
                    case MINE -> new Entry(mineBlock, NONE);
                    case THEIRS -> new Entry(theirsBlock, NONE);
                    case CONFLICT -> blockConflict(position + 1, mineBlock, theirsBlock);
                };
            } else if (id < mineNew) {
                entry = new Entry(theirs.get(id - n), NONE);
            } else {
                Block inserted = mine.get(id - mineNew);
                entry = known ? new Entry(inserted, NONE) : blockConflict(position + 1, inserted, null);
            }
            if (entry.block() != null || entry.conflict() != NONE) {
                position++;
            }
            entries.add(entry);
        }
        return entries;
    }

    private Entry blockConflict(int position, @Nullable Block mine, @Nullable Block theirs) {
        conflicts.add(new BlockConflict(position, mine, theirs));
        return new Entry(null, conflicts.size() - 1);
    }

    private static int indexAfter(List<Integer> order, int anchor) {
        return anchor == NONE ? 0 : order.indexOf(anchor) + 1;
    }

    /** Right after the anchor, but after the blocks theirs inserted there: those were saved first. */
    private static int placeAfter(List<Integer> order, int anchor, int n, int mineNew) {
        int at = indexAfter(order, anchor);
        while (at < order.size() && isTheirsNew(order.get(at), n, mineNew)) {
            at++;
        }
        return at;
    }

    private static boolean isTheirsNew(int id, int n, int mineNew) {
        return id >= n && id < mineNew;
    }

    /**
     * Which block of one side is which block of the base.
     *
     * @param baseOf for each block of the side, the base block it is ({@code -1}: inserted)
     * @param sideOf for each base block, the side's block ({@code -1}: deleted)
     * @param moved  for each base block, whether the side moved it out of the common order
     */
    private record Matching(int[] baseOf, int[] sideOf, boolean[] moved) {

        static Matching of(List<Block> base, List<Block> side) {
            Map<Block, Integer> tokens = new HashMap<>();
            int[] a = base.stream().mapToInt(block -> tokens.computeIfAbsent(block, k -> tokens.size())).toArray();
            int[] b = side.stream().mapToInt(block -> tokens.computeIfAbsent(block, k -> tokens.size())).toArray();
            int[] baseOf = new int[side.size()];
            int[] sideOf = new int[base.size()];
            boolean[] moved = new boolean[base.size()];
            Arrays.fill(baseOf, -1);
            Arrays.fill(sideOf, -1);

            List<int[]> gaps = new ArrayList<>();
            new ArticleDiff.Alignment(a, b).forEachGap((fromA, toA, fromB, toB, keptA) -> {
                gaps.add(new int[] {fromA, toA, fromB, toB});
                if (keptA < base.size()) {
                    sideOf[keptA] = toB;
                    baseOf[toB] = keptA;
                }
            });

            // Taken out in one place and put back unchanged in another: moved.
            Map<Block, Deque<Integer>> inserted = new HashMap<>();
            for (int[] gap : gaps) {
                for (int j = gap[2]; j < gap[3]; j++) {
                    inserted.computeIfAbsent(side.get(j), k -> new ArrayDeque<>()).add(j);
                }
            }
            for (int[] gap : gaps) {
                for (int i = gap[0]; i < gap[1]; i++) {
                    Deque<Integer> same = inserted.get(base.get(i));
                    if (same != null && !same.isEmpty()) {
                        int j = same.poll();
                        sideOf[i] = j;
                        baseOf[j] = i;
                        moved[i] = true;
                    }
                }
            }

            // What is left between two kept blocks, removed and added paired in order: the same block, edited.
            for (int[] gap : gaps) {
                int i = gap[0];
                int j = gap[2];
                while (true) {
                    while (i < gap[1] && sideOf[i] >= 0) {
                        i++;
                    }
                    while (j < gap[3] && baseOf[j] >= 0) {
                        j++;
                    }
                    if (i >= gap[1] || j >= gap[3]) {
                        break;
                    }
                    sideOf[i] = j;
                    baseOf[j] = i;
                    i++;
                    j++;
                }
            }
            return new Matching(baseOf, sideOf, moved);
        }
    }
}
