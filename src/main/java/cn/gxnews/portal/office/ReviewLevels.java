package cn.gxnews.portal.office;

import java.util.List;

/**
 * An office's review levels (三审制): how many (1 to 3) and who takes each, first level first. One level taken by
 * the office's editors is the default, the review every office had before levels existed. Levels are named by
 * their number: 初审 (first), 复审 (second), 终审 (final; the third).
 *
 * @param takers who takes each level, first level first
 */
public record ReviewLevels(List<ReviewTaker> takers) {

    /** The most levels an office may have. */
    public static final int MAX = 3;

    /** One level, taken by the office's editors. */
    public static final ReviewLevels DEFAULT = new ReviewLevels(List.of(ReviewTaker.OFFICE_EDITORS));

    public ReviewLevels {
        takers = List.copyOf(takers);
        if (takers.isEmpty() || takers.size() > MAX) {
            throw new IllegalArgumentException("an office has 1 to " + MAX + " review levels, not " + takers.size());
        }
    }

    public static ReviewLevels of(ReviewTaker... takers) {
        return new ReviewLevels(List.of(takers));
    }

    /** Review levels as the database stores them: the takers' names, first level first. */
    public static ReviewLevels ofStored(String[] takers) {
        return new ReviewLevels(java.util.Arrays.stream(takers).map(ReviewTaker::valueOf).toList());
    }

    /** How many levels the office has. */
    public int count() {
        return takers.size();
    }

    /**
     * Who takes the level. A level above the office's count (the office has fewer levels than when the article
     * reached it) is the office's final level.
     */
    public ReviewTaker takerOf(int level) {
        return takers.get(Math.min(Math.max(level, 1), count()) - 1);
    }

    /** Message key of a level's name: 初审, 复审, 终审 (first, second, final review). */
    public static String levelKey(int level) {
        return "reviewLevel." + level;
    }
}
