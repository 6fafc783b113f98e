package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two revisions of an article, so that an editor reviews the edits instead of
 * rereading the whole text. Blocks are matched whole; inside a changed block (a photo's caption included),
 * title or summary the difference is shown character by character, because Chinese text has no spaces to
 * split words on; a replaced photo is flagged so both images can be shown.
 */
public record ArticleDiff(FieldChange title, FieldChange summary, List<BlockChange> body) {

    /**
     * Above this many cells (length × length) a comparison would cost too much time and memory, so the
     * differing middle is shown as removed and inserted as a whole.
     */
    static final long MAX_TABLE_CELLS = 4_000_000L;

    private static final ArticleDraft NOTHING = new ArticleDraft("", "", List.of());

    public ArticleDiff {
        body = List.copyOf(body);
    }

    /** Compares two revisions; without a previous revision the whole article counts as added. */
    public static ArticleDiff between(@Nullable ArticleDraft before, ArticleDraft after) {
        ArticleDraft old = before == null ? NOTHING : before;
        return new ArticleDiff(FieldChange.between(old.title(), after.title()),
                FieldChange.between(old.summary(), after.summary()), blocks(old.body(), after.body()));
    }

    /** True when the two revisions read exactly the same. */
    public boolean isEmpty() {
        return !title.changed() && !summary.changed()
                && body.stream().allMatch(block -> block.kind() == ChangeKind.UNCHANGED);
    }

    /** The title or the summary of both revisions, and how one became the other. */
    public record FieldChange(String before, String after, List<Segment> segments) {

        public FieldChange {
            segments = List.copyOf(segments);
        }

        static FieldChange between(String before, String after) {
            return new FieldChange(before, after, characters(before, after));
        }

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** How a paragraph fared from one revision to the next. */
    public enum ChangeKind { UNCHANGED, ADDED, REMOVED, CHANGED }

    /**
     * One block of the body: {@code before} is null for an added block, {@code after} for a removed one.
     * Unchanged, added and removed blocks hold their whole text (a photo's caption) in one segment (none if
     * the text is empty); a changed one holds the character-level difference.
     */
    public record BlockChange(ChangeKind kind, @Nullable Block before, @Nullable Block after,
                              List<Segment> segments) {

        public BlockChange {
            if ((before == null) != (kind == ChangeKind.ADDED) || (after == null) != (kind == ChangeKind.REMOVED)) {
                throw new IllegalArgumentException(kind + " block with before=" + before + ", after=" + after);
            }
            segments = List.copyOf(segments);
        }

        /** The block as it now reads, or last read if removed. */
        public Block current() {
            return after != null ? after : Objects.requireNonNull(before);
        }

        /** The block's text as the diff shows it, or {@code null} for the missing side. */
        public @Nullable String beforeText() {
            return before == null ? null : display(before);
        }

        public @Nullable String afterText() {
            return after == null ? null : display(after);
        }

        /** Whether the block is a photo (its text is the caption). */
        public boolean isCaption() {
            return current() instanceof Block.Photo;
        }

        /** Whether a photo block now shows a different image than before. */
        public boolean photoReplaced() {
            return before instanceof Block.Photo old && after instanceof Block.Photo now
                    && !Objects.equals(old.mediaSha256(), now.mediaSha256());
        }
    }

    /** A run of text that both revisions share, or that only the new or only the old one has. */
    public record Segment(SegmentKind kind, String text) {
    }

    public enum SegmentKind { SAME, INSERTED, DELETED }

    private static List<BlockChange> blocks(List<Block> before, List<Block> after) {
        Map<Block, Integer> ids = new HashMap<>();
        int[] a = before.stream().mapToInt(p -> ids.computeIfAbsent(p, k -> ids.size())).toArray();
        int[] b = after.stream().mapToInt(p -> ids.computeIfAbsent(p, k -> ids.size())).toArray();
        List<BlockChange> blocks = new ArrayList<>();
        new Alignment(a, b).forEachGap((fromA, toA, fromB, toB, keptA) -> {
            int removed = toA - fromA;
            int added = toB - fromB;
            int paired = Math.min(removed, added);
            for (int k = 0; k < paired; k++) {
                Block old = before.get(fromA + k);
                Block now = after.get(fromB + k);
                blocks.add(new BlockChange(ChangeKind.CHANGED, old, now, characters(display(old), display(now))));
            }
            for (int i = fromA + paired; i < toA; i++) {
                Block old = before.get(i);
                blocks.add(new BlockChange(ChangeKind.REMOVED, old, null, whole(SegmentKind.DELETED, display(old))));
            }
            for (int j = fromB + paired; j < toB; j++) {
                Block now = after.get(j);
                blocks.add(new BlockChange(ChangeKind.ADDED, null, now, whole(SegmentKind.INSERTED, display(now))));
            }
            if (keptA < before.size()) {
                Block same = before.get(keptA);
                blocks.add(new BlockChange(ChangeKind.UNCHANGED, same, same, whole(SegmentKind.SAME, display(same))));
            }
        });
        return blocks;
    }

    /** A block's text as the diff shows it: a photo's caption with the ▲ mark writers know. */
    static String display(Block block) {
        return block instanceof Block.Photo photo ? ArticleDraft.CAPTION_MARK + photo.caption() : block.text();
    }

    private static List<Segment> whole(SegmentKind kind, String text) {
        return text.isEmpty() ? List.of() : List.of(new Segment(kind, text));
    }

    /** Compares by code point, so that an emoji or a rare character outside the BMP is never split. */
    private static List<Segment> characters(String before, String after) {
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        Segments segments = new Segments();
        new Alignment(a, b).forEachGap((fromA, toA, fromB, toB, keptA) -> {
            segments.add(SegmentKind.DELETED, a, fromA, toA);
            segments.add(SegmentKind.INSERTED, b, fromB, toB);
            if (keptA < a.length) {
                segments.add(SegmentKind.SAME, a, keptA, keptA + 1);
            }
        });
        return segments.finish();
    }

    /** Collects segments, joining a run onto the previous one of the same kind. */
    private static final class Segments {

        private final List<Segment> list = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private @Nullable SegmentKind kind;

        void add(SegmentKind kind, int[] codePoints, int from, int to) {
            if (from == to) {
                return;
            }
            if (kind != this.kind) {
                flush();
                this.kind = kind;
            }
            text.append(new String(codePoints, from, to - from));
        }

        List<Segment> finish() {
            flush();
            return list;
        }

        private void flush() {
            if (kind != null && !text.isEmpty()) {
                list.add(new Segment(kind, text.toString()));
            }
            text.setLength(0);
        }
    }

    /**
     * A longest common subsequence of two sequences of tokens (paragraph ids or code points), walked as the
     * gaps between the tokens it keeps. {@link ArticleMerge} matches blocks with it too, so that a merge and
     * the comparison the user reads agree on which block is "the same".
     */
    static final class Alignment {

        private final int[] keptA;
        private final int[] keptB;
        private final int lengthA;
        private final int lengthB;

        Alignment(int[] a, int[] b) {
            lengthA = a.length;
            lengthB = b.length;
            // A shared beginning and end always belong to a longest common subsequence; trimming them first
            // keeps the table small for the usual case of a few edits in a long text.
            int prefix = 0;
            while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < a.length - prefix && suffix < b.length - prefix
                    && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
                suffix++;
            }
            int n = a.length - prefix - suffix;
            int m = b.length - prefix - suffix;
            int[] middleA = new int[Math.min(n, m)];
            int[] middleB = new int[Math.min(n, m)];
            int middle = (long) n * m > MAX_TABLE_CELLS ? 0 : lcs(a, b, prefix, n, m, middleA, middleB);

            int kept = prefix + middle + suffix;
            keptA = new int[kept];
            keptB = new int[kept];
            for (int k = 0; k < prefix; k++) {
                keptA[k] = k;
                keptB[k] = k;
            }
            System.arraycopy(middleA, 0, keptA, prefix, middle);
            System.arraycopy(middleB, 0, keptB, prefix, middle);
            for (int k = 0; k < suffix; k++) {
                keptA[prefix + middle + k] = a.length - suffix + k;
                keptB[prefix + middle + k] = b.length - suffix + k;
            }
        }

        /**
         * Fills the kept positions of the middles {@code a[offset, offset + n)} and {@code b[offset, offset + m)}
         * and returns how many there are. The walk prefers dropping from {@code a}, so within a gap the
         * removed tokens come before the inserted ones.
         */
        private static int lcs(int[] a, int[] b, int offset, int n, int m, int[] keptA, int[] keptB) {
            if (n == 0 || m == 0) {
                return 0;
            }
            // table[i][j]: length of the longest common subsequence of the middles from i and j onwards. It
            // never exceeds min(n, m), at most 2,000 within MAX_TABLE_CELLS, so a short holds it.
            int width = m + 1;
            short[] table = new short[(n + 1) * width];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    table[i * width + j] = a[offset + i] == b[offset + j]
                            ? (short) (table[(i + 1) * width + j + 1] + 1)
                            : (short) Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
                }
            }
            int count = 0;
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (a[offset + i] == b[offset + j]) {
                    keptA[count] = offset + i++;
                    keptB[count] = offset + j++;
                    count++;
                } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            return count;
        }

        /**
         * Calls back once per kept token, with the removed range of {@code a} and the inserted range of
         * {@code b} just before it, then once more for what follows the last kept token ({@code keptA} is
         * then the length of {@code a}).
         */
        void forEachGap(Gap gap) {
            int fromA = 0;
            int fromB = 0;
            for (int k = 0; k < keptA.length; k++) {
                gap.accept(fromA, keptA[k], fromB, keptB[k], keptA[k]);
                fromA = keptA[k] + 1;
                fromB = keptB[k] + 1;
            }
            gap.accept(fromA, lengthA, fromB, lengthB, lengthA);
        }
    }

    @FunctionalInterface
    interface Gap {
        void accept(int fromA, int toA, int fromB, int toB, int keptA);
    }
}
