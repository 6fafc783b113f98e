package cn.gxnews.portal.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What text the portal stores, and what it drops from whatever it sends out (decision 0015). */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085",
            "\u009F", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\uFDD0"})
    void control_characters_lone_surrogates_and_noncharacters_are_refused_in_every_field(String refused) {
        assertThat(PlainText.acceptable("新闻" + refused + "标题", false)).isFalse();
        assertThat(PlainText.acceptable("新闻" + refused + "标题", true)).isFalse();
        assertThat(PlainText.printable("新闻" + refused + "标题")).isEqualTo("新闻标题");
    }

    @Test
    void line_breaks_and_tabs_are_taken_only_where_a_field_holds_several_lines() {
        for (String whitespace : new String[]{"\n", "\r\n", "\t"}) {
            assertThat(PlainText.acceptable("第一行" + whitespace + "第二行", true)).isTrue();
            assertThat(PlainText.acceptable("第一行" + whitespace + "第二行", false)).isFalse();
            assertThat(PlainText.printable("第一行" + whitespace + "第二行")).isEqualTo("第一行" + whitespace + "第二行");
        }
    }

    @Test
    void every_written_character_is_taken_however_unusual() {
        String text = "𠀀 CJK-B, 😀👨‍👩‍👧 emoji, \u200F\u202Eعربي RTL, ]]> </script> <!-- \"'&, ▲ 桂林";
        assertThat(PlainText.acceptable(text, false)).isTrue();
        assertThat(PlainText.printable(text)).isSameAs(text);
    }

    @Test
    void a_refusal_names_the_field_and_where_the_invisible_character_is() {
        assertThatThrownBy(() -> PlainText.check("article.title", "𠀀南宁\u001B[31m", false))
                .isInstanceOfSatisfying(TextRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("article.title");
                    // counted in characters as a reader counts them: 𠀀 is one, though Java needs two chars
                    assertThat(e.messageArgs()).containsExactly(new MessageKey("article.title"), 4, "U+001B");
                });
    }
}
