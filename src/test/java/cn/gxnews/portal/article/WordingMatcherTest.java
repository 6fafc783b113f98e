package cn.gxnews.portal.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard-wording matcher finds what a plain search finds, leftmost and longest first, in one pass. */
class WordingMatcherTest {

    @Test
    void the_longest_wrong_form_wins_where_two_start_at_the_same_place() {
        WordingMatcher matcher = new WordingMatcher(List.of("广西省", "广西省政府", "自治区"));

        assertThat(matcher.find("广西省政府发布通知，广西省各地响应。"))
                .containsExactly(new WordingMatcher.Match(1, 0, 5), new WordingMatcher.Match(0, 10, 13));
    }

    @Test
    void of_overlapping_forms_the_leftmost_wins_and_forms_inside_a_longer_one_are_found_through_its_fail_links() {
        WordingMatcher matcher = new WordingMatcher(List.of("西自治区", "广西自", "自治"));

        assertThat(matcher.find("在广西自治区")).containsExactly(new WordingMatcher.Match(1, 1, 4));
        assertThat(matcher.find("西自治区")).containsExactly(new WordingMatcher.Match(0, 0, 4));
        assertThat(matcher.find("民族自治")).containsExactly(new WordingMatcher.Match(2, 2, 4));
    }

    @Test
    void nothing_is_found_in_text_without_a_listed_form_or_with_an_empty_list() {
        assertThat(new WordingMatcher(List.of("僮族")).find("壮族三月三")).isEmpty();
        assertThat(new WordingMatcher(List.of()).find("广西省")).isEmpty();
    }

    @Test
    void it_finds_exactly_what_a_naive_leftmost_longest_search_finds_in_random_text() {
        Random random = new Random(14);
        String alphabet = "广西壮族自治区南宁柳州桂林";
        for (int round = 0; round < 300; round++) {
            List<String> patterns = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(12); p++) {
                patterns.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            String text = randomText(random, alphabet, random.nextInt(60));

            assertThat(new WordingMatcher(patterns).find(text)).as("%s in %s", patterns, text)
                    .isEqualTo(naive(patterns, text));
        }
    }

    private static List<WordingMatcher.Match> naive(List<String> patterns, String text) {
        List<WordingMatcher.Match> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int best = -1;
            for (int p = 0; p < patterns.size(); p++) {
                if (text.startsWith(patterns.get(p), at)
                        && (best < 0 || patterns.get(p).length() > patterns.get(best).length())) {
                    best = p;
                }
            }
            if (best >= 0) {
                found.add(new WordingMatcher.Match(best, at, at + patterns.get(best).length()));
                at += patterns.get(best).length();
            } else {
                at++;
            }
        }
        return found;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
