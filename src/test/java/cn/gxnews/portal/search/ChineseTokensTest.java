package cn.gxnews.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The terms texts are indexed under and queries look for. */
class ChineseTokensTest {

    @Test
    void a_run_of_chinese_is_indexed_under_every_character_and_every_overlapping_pair() {
        assertThat(ChineseTokens.indexTerms("南宁分公司"))
                .containsExactly("南", "南宁", "宁", "宁分", "分", "分公", "公", "公司", "司");
    }

    @Test
    void a_single_chinese_character_is_indexed_alone() {
        assertThat(ChineseTokens.indexTerms("桂")).containsExactly("桂");
    }

    @Test
    void punctuation_and_spaces_end_a_run_and_are_not_indexed() {
        assertThat(ChineseTokens.indexTerms("江西，广西。 “科技”！"))
                .containsExactly("江", "江西", "西", "广", "广西", "西", "科", "科技", "技");
    }

    @Test
    void latin_words_and_numbers_are_lower_cased_words() {
        assertThat(ChineseTokens.indexTerms("Hello, World-2026 v1.5")).containsExactly("hello", "world", "2026", "v1", "5");
    }

    @Test
    void chinese_next_to_latin_or_digits_splits_into_both() {
        assertThat(ChineseTokens.indexTerms("实施“5511”工程，赛维LDK太阳能"))
                .containsExactly("实", "实施", "施", "5511", "工", "工程", "程", "赛", "赛维", "维", "ldk",
                        "太", "太阳", "阳", "阳能", "能");
    }

    @Test
    void full_width_latin_and_digits_are_the_same_words_as_ascii() {
        assertThat(ChineseTokens.indexTerms("ＡＢＣ１２３ ＬＤＫ")).containsExactly("abc123", "ldk");
        assertThat(ChineseTokens.queryTerms("ａｂｃ123")).containsExactly("abc123");
    }

    @Test
    void characters_outside_the_basic_plane_are_whole_characters_not_halves() {
        // 𠮷 (U+20BB7) is in CJK Unified Ideographs Extension B: two UTF-16 chars, one character.
        assertThat(ChineseTokens.indexTerms("𠮷野家")).containsExactly("𠮷", "𠮷野", "野", "野家", "家");
        assertThat(ChineseTokens.queryTerms("𠮷野")).containsExactly("𠮷野");
        assertThat(ChineseTokens.queryTerms("𠮷")).containsExactly("𠮷");
    }

    @Test
    void compatibility_ideographs_are_indexed_as_their_unified_character() {
        // U+F900 is a compatibility form of 豈 (U+8C48); NFKC makes them one character.
        assertThat(ChineseTokens.indexTerms("\uF900")).containsExactly("豈");
    }

    @Test
    void han_numerals_and_the_iteration_mark_are_characters() {
        assertThat(ChineseTokens.isHan('〇')).isTrue();
        assertThat(ChineseTokens.isHan('々')).isTrue();
        assertThat(ChineseTokens.isHan('，')).isFalse();
        assertThat(ChineseTokens.isHan('a')).isFalse();
        assertThat(ChineseTokens.isHan("𠮷".codePointAt(0))).isTrue();
    }

    @Test
    void text_without_letters_has_no_terms() {
        assertThat(ChineseTokens.indexTerms("")).isEmpty();
        assertThat(ChineseTokens.indexTerms("，。！？ —— …… <>&")).isEmpty();
        assertThat(ChineseTokens.queryTerms("  ，。 ")).isEmpty();
    }

    @Test
    void a_one_character_query_looks_for_that_character() {
        assertThat(ChineseTokens.queryTerms("赣")).containsExactly("赣");
    }

    @Test
    void a_two_character_query_looks_for_that_pair_only() {
        assertThat(ChineseTokens.queryTerms("江西")).containsExactly("江西");
    }

    @Test
    void a_longer_query_needs_all_its_overlapping_pairs() {
        assertThat(ChineseTokens.queryTerms("消防演练")).containsExactly("消防", "防演", "演练");
        assertThat(ChineseTokens.queryTerms("高质量发展")).containsExactly("高质", "质量", "量发", "发展");
    }

    @Test
    void a_mixed_query_has_its_latin_words_and_its_chinese_pairs() {
        assertThat(ChineseTokens.queryTerms("5511工程")).containsExactly("5511", "工程");
        assertThat(ChineseTokens.queryTerms("LDK 太阳能")).containsExactly("ldk", "太阳", "阳能");
    }

    @Test
    void repeated_query_terms_are_looked_for_once() {
        assertThat(ChineseTokens.queryTerms("江西 江西省 LDK ldk")).containsExactly("江西", "西省", "ldk");
        assertThat(ChineseTokens.queryTerms("哈哈哈")).containsExactly("哈哈");
    }

    @Test
    void query_phrases_are_whole_runs_as_the_index_sees_them() {
        assertThat(ChineseTokens.queryPhrases("消防演练 ＬＤＫ，桂")).containsExactly("消防演练", "ldk", "桂");
    }

    @Test
    void every_query_term_of_a_text_is_among_the_text_s_index_terms() {
        String text = "广西科技厅党组书记、厅长曹坤华率调研组到江西赛维LDK太阳能高科技有限公司考察";
        assertThat(ChineseTokens.indexTerms(text)).containsAll(ChineseTokens.queryTerms(text));
    }
}
