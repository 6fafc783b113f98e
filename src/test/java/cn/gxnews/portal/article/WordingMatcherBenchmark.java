package cn.gxnews.portal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long the standard-wording check takes on every autosave: 5,000 pairs against a 10,000-character article.
 * Not a test (timing belongs in a benchmark, not in the suite); run it with {@code src/bench/wording-benchmark.sh}.
 */
public final class WordingMatcherBenchmark {

    private static final int PAIRS = 5_000;
    private static final int ARTICLE_CHARS = 10_000;
    private static final int RUNS = 2_000;

    private WordingMatcherBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(26);
        List<String> wrongForms = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            wrongForms.add(chinese(random, 2 + random.nextInt(6)));
        }
        StringBuilder article = new StringBuilder();
        while (article.length() < ARTICLE_CHARS) {
            article.append(random.nextInt(40) == 0 ? wrongForms.get(random.nextInt(PAIRS)) : chinese(random, 1));
        }
        String text = article.substring(0, ARTICLE_CHARS);

        long builtAt = System.nanoTime();
        WordingMatcher matcher = null;
        for (int i = 0; i < 20; i++) {
            matcher = new WordingMatcher(wrongForms);
        }
        double buildMs = (System.nanoTime() - builtAt) / 20 / 1e6;

        int hits = 0;
        for (int i = 0; i < RUNS; i++) {
            hits = matcher.find(text).size();
        }
        long startedAt = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            hits = matcher.find(text).size();
        }
        double findMs = (System.nanoTime() - startedAt) / (double) RUNS / 1e6;

        System.out.printf(Locale.ROOT, "standard wording: %d pairs, %d-character article, %d hits%n",
                PAIRS, ARTICLE_CHARS, hits);
        System.out.printf(Locale.ROOT, "  building the matcher (once per change of the list): %.2f ms%n", buildMs);
        System.out.printf(Locale.ROOT, "  checking the article (every autosave and submission): %.3f ms%n", findMs);
    }

    /** Characters from the common CJK range, where a Chinese article's text lies. */
    private static String chinese(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(3000)));
        }
        return text.toString();
    }
}
