package cn.gxnews.portal.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees of a paragraph a writer formatted, and that nothing a writer types can run in a reader's browser. */
class InlineMarkupTest {

    private static final String REL = "rel=\"nofollow noopener noreferrer\"";

    /** Every {@code <} in the output, up to the next {@code >}. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");

    /**
     * The only tags the output may contain, attribute for attribute. An anchor always has an address: one
     * without would mean the parser let a bad link through and only the allowlist caught it.
     */
    private static final Pattern ALLOWED_TAG = Pattern.compile(
            "</?strong>|</?em>|</a>|<a href=\"(?i:https?|mailto):[^\"<>\\s]*\" rel=\"nofollow noopener noreferrer\">");

    private final InlineMarkup markup = new InlineMarkup();

    @Test
    void double_asterisks_make_bold_text() {
        assertThat(markup.toHtml("**南宁分公司**获评先进单位")).isEqualTo("<strong>南宁分公司</strong>获评先进单位");
    }

    @Test
    void single_asterisks_make_italic_text_even_between_chinese_characters() {
        assertThat(markup.toHtml("本次演练*务必*准时参加")).isEqualTo("本次演练<em>务必</em>准时参加");
    }

    @Test
    void underscores_make_italic_text_at_the_edge_of_a_word() {
        assertThat(markup.toHtml("_注意_，演练明日开始")).isEqualTo("<em>注意</em>，演练明日开始");
        assertThat(markup.toHtml("请看“_安全生产月_”通知")).isEqualTo("请看“<em>安全生产月</em>”通知");
    }

    @Test
    void underscores_inside_a_word_stay_as_typed() {
        assertThat(markup.toHtml("文件名为report_2024_final.pdf")).isEqualTo("文件名为report_2024_final.pdf");
    }

    @Test
    void bold_and_italic_can_be_combined() {
        assertThat(markup.toHtml("***紧急通知***：*全体*员工**务必**参加"))
                .isEqualTo("<em><strong>紧急通知</strong></em>：<em>全体</em>员工<strong>务必</strong>参加");
    }

    /** Such paragraphs skip the parser and the sanitiser: what they give back must be what those would. */
    @ParameterizedTest
    @ValueSource(strings = {"他说\"好\"，'是的'", "单价 10 元，  两个空格\t制表符", "不断行\u00A0空格",
            "零宽\u200B空格", "https://example.com/a?b=c#d 与 mailto:office@example.com", "全角＆＜＞字符", "5 % 3 = 2；a=b"})
    void a_paragraph_without_markup_comes_back_as_the_parser_and_the_sanitiser_would_give_it(String text) {
        String throughTheParser = markup.toHtml("**甲**" + text).substring("<strong>甲</strong>".length());
        assertThat(markup.toHtml(text)).isEqualTo(throughTheParser);
    }

    @Test
    void an_asterisk_without_a_partner_stays_as_typed() {
        assertThat(markup.toHtml("单价*10元")).isEqualTo("单价*10元");
        assertThat(markup.toHtml("5 * 3 = 15")).isEqualTo("5 * 3 = 15");
        assertThat(markup.toHtml("**未闭合的粗体")).isEqualTo("**未闭合的粗体");
    }

    @Test
    void a_backslash_keeps_an_asterisk_literal() {
        assertThat(markup.toHtml("\\*不是斜体\\*")).isEqualTo("*不是斜体*");
    }

    @Test
    void an_http_link_keeps_its_address_and_gets_the_rel_attribute() {
        assertThat(markup.toHtml("详见[广西新闻网](http://www.gxnews.com.cn/)报道"))
                .isEqualTo("详见<a href=\"http://www.gxnews.com.cn/\" " + REL + ">广西新闻网</a>报道");
    }

    @Test
    void an_https_link_keeps_its_address_query_and_fragment() {
        assertThat(markup.toHtml("[通知原文](https://example.cn/news?id=42&page=2#top)"))
                .isEqualTo("<a href=\"https://example.cn/news?id=42&amp;page=2#top\" " + REL + ">通知原文</a>");
    }

    @Test
    void a_mailto_link_is_kept() {
        assertThat(markup.toHtml("来稿请寄[编辑部](mailto:editor@example.cn)。"))
                .isEqualTo("来稿请寄<a href=\"mailto:editor@example.cn\" " + REL + ">编辑部</a>。");
    }

    @Test
    void a_scheme_in_capitals_is_still_a_web_address() {
        assertThat(markup.toHtml("[官网](HTTPS://EXAMPLE.CN/)"))
                .isEqualTo("<a href=\"https://EXAMPLE.CN/\" " + REL + ">官网</a>");
    }

    @Test
    void chinese_characters_in_an_address_are_percent_encoded() {
        assertThat(markup.toHtml("[南宁](https://example.cn/wiki/南宁)"))
                .isEqualTo("<a href=\"https://example.cn/wiki/%E5%8D%97%E5%AE%81\" " + REL + ">南宁</a>");
    }

    @Test
    void link_text_may_be_bold() {
        assertThat(markup.toHtml("[**桂林分公司**](https://example.cn/guilin)"))
                .isEqualTo("<a href=\"https://example.cn/guilin\" " + REL + "><strong>桂林分公司</strong></a>");
    }

    @Test
    void an_address_in_angle_brackets_becomes_a_link_to_itself() {
        assertThat(markup.toHtml("网址：<https://example.cn/>"))
                .isEqualTo("网址：<a href=\"https://example.cn/\" " + REL + ">https://example.cn/</a>");
    }

    @Test
    void a_link_title_is_dropped() {
        assertThat(markup.toHtml("[官网](https://example.cn/ \"首页\")"))
                .isEqualTo("<a href=\"https://example.cn/\" " + REL + ">官网</a>");
    }

    @Test
    void a_link_to_a_relative_or_unknown_address_shows_only_its_text() {
        assertThat(markup.toHtml("[官网](www.gxnews.com.cn)")).isEqualTo("官网");
        assertThat(markup.toHtml("[附件](/files/a.pdf)")).isEqualTo("附件");
        assertThat(markup.toHtml("[下载](ftp://example.cn/a.pdf)")).isEqualTo("下载");
        assertThat(markup.toHtml("[电话](tel:0771-1234567)")).isEqualTo("电话");
        assertThat(markup.toHtml("[残缺](http:example.cn)")).isEqualTo("残缺");
    }

    @Test
    void an_image_shows_its_description_instead_of_the_picture() {
        assertThat(markup.toHtml("![消防演练现场](https://example.cn/a.png)")).isEqualTo("消防演练现场");
        assertThat(markup.toHtml("[![标志](https://example.cn/logo.png)](https://example.cn/)"))
                .isEqualTo("<a href=\"https://example.cn/\" " + REL + ">标志</a>");
    }

    @Test
    void chinese_text_and_full_width_punctuation_are_kept_exactly() {
        String paragraph = "11月26日，柳州分公司开展“安全生产月”活动（第一期）：全体员工参加！《通知》见附件；问：何时？答：明日……——完";

        assertThat(markup.toHtml(paragraph)).isEqualTo(paragraph);
        assertThat(markup.toPlainText(paragraph)).isEqualTo(paragraph);
    }

    @Test
    void a_caption_marker_is_kept() {
        assertThat(markup.toHtml("▲**演练现场**")).isEqualTo("▲<strong>演练现场</strong>");
    }

    @Test
    void block_syntax_is_shown_as_typed() {
        assertThat(markup.toHtml("# 不是标题")).isEqualTo("# 不是标题");
        assertThat(markup.toHtml("- 不是列表")).isEqualTo("- 不是列表");
        assertThat(markup.toHtml("1. 不是编号")).isEqualTo("1. 不是编号");
        assertThat(markup.toHtml("> 不是引用")).isEqualTo("&gt; 不是引用");
        assertThat(markup.toHtml("---")).isEqualTo("---");
        assertThat(markup.toHtml("```java")).isEqualTo("```java");
        assertThat(markup.toHtml("    缩进的段落")).isEqualTo("缩进的段落");
    }

    @Test
    void backticks_are_shown_as_typed() {
        assertThat(markup.toHtml("输入`**确认**`后")).isEqualTo("输入`<strong>确认</strong>`后");
    }

    @Test
    void a_line_that_looks_like_a_link_definition_is_kept() {
        assertThat(markup.toHtml("[1]: 见附件")).isEqualTo("[1]: 见附件");
        assertThat(markup.toHtml("[注]: https://example.cn/ \"说明\"")).isEqualTo("[注]: https://example.cn/ \"说明\"");
        assertThat(markup.toPlainText("[1]: 见附件")).isEqualTo("[1]: 见附件");
    }

    @Test
    void square_brackets_without_an_address_are_shown_as_typed() {
        assertThat(markup.toHtml("【南宁】[2024]第3号[附件][1]")).isEqualTo("【南宁】[2024]第3号[附件][1]");
    }

    @Test
    void html_typed_by_the_writer_is_shown_as_typed() {
        assertThat(markup.toHtml("标签<b>加粗</b>不生效")).isEqualTo("标签&lt;b&gt;加粗&lt;/b&gt;不生效");
    }

    @Test
    void html_entities_typed_by_the_writer_are_shown_literally() {
        assertThat(markup.toHtml("&lt;b&gt;不是标签")).isEqualTo("&amp;lt;b&amp;gt;不是标签");
        assertThat(markup.toHtml("版权&copy;与&#169;")).isEqualTo("版权&amp;copy;与&amp;#169;");
        assertThat(markup.toHtml("A&B公司")).isEqualTo("A&amp;B公司");
        assertThat(markup.toPlainText("&lt;b&gt;不是标签")).isEqualTo("&lt;b&gt;不是标签");
    }

    @Test
    void a_line_break_that_slipped_in_reads_as_a_space() {
        assertThat(markup.toHtml("第一行\n第二行\r\n第三行")).isEqualTo("第一行 第二行 第三行");
        assertThat(markup.toPlainText("**第一行**\n第二行")).isEqualTo("第一行 第二行");
        assertThat(markup.toPlainText("  第一行\n第二行\r\n第三行 ")).isEqualTo("第一行 第二行 第三行");
    }

    @Test
    void an_empty_paragraph_stays_empty() {
        assertThat(markup.toHtml("")).isEmpty();
        assertThat(markup.toHtml("   ")).isEmpty();
        assertThat(markup.toPlainText("")).isEmpty();
    }

    @Test
    void plain_text_drops_the_markup_and_keeps_the_words() {
        assertThat(markup.toPlainText("**南宁分公司**与[柳州分公司](https://example.cn/liuzhou)、*桂林*、_全体_，员工参加"))
                .isEqualTo("南宁分公司与柳州分公司、桂林、全体，员工参加");
    }

    @Test
    void plain_text_keeps_what_was_not_markup_and_is_not_escaped() {
        assertThat(markup.toPlainText("标签<b>加粗</b>与A&B、单价*10元")).isEqualTo("标签<b>加粗</b>与A&B、单价*10元");
        assertThat(markup.toPlainText("![演练现场](https://example.cn/a.png)图")).isEqualTo("演练现场图");
        assertThat(markup.toPlainText("[官网](javascript:alert(1))")).isEqualTo("官网");
        assertThat(markup.toPlainText("\\*不是斜体\\*")).isEqualTo("*不是斜体*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x]( javascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](<  javascript:alert(1)>)",
            "[x](java&#x09;script:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](&Tab;javascript:alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](javascript\\:alert(1))",
            "[x](%6Aavascript:alert(1))",
            "[x](javascript:alert(1) \"title\")",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](DATA:text/html,<script>alert(1)</script>)",
            "[x](vbscript:msgbox(1))",
            "[x](//evil.example/)",
            "[x](\\\\evil.example\\a)",
            "<javascript:alert(1)>",
            "![x](http://evil.example/a.png)",
            "![x](javascript:alert(1))",
            "![<img src=x onerror=alert(1)>](http://evil.example/a.png)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=http://a.example/ onclick=alert(1)>x</a>",
            "**<b onmouseover=alert(1)>x</b>**",
            "*<em onclick=alert(1)>x</em>*",
            "[<img src=x onerror=alert(1)>](http://a.example/)",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<svg/onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "[x](http://a.example/\"onmouseover=\"alert(1))",
            "[x](http://a.example/ \"t\\\" onmouseover=\\\"alert(1)\")",
            "[x](mailto:a@example.cn?body=<script>alert(1)</script>)",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<style>body{display:none}</style>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<!-- <script>alert(1)</script> -->",
            "<!--",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?php echo 1 ?>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "\u202E<script>alert(1)</script>",
            "[点我](http://a.example/\u202Egpj.exe)",
            "[\u202Ex](javascript:alert(1))",
            "[x](\u202Ejavascript:alert(1))",
            "[x](java\u200Dscript:alert(1))",
            "[x](\u200Bjavascript:alert(1))",
            "[x](\uFEFFjavascript:alert(1))",
            "[x](ｊａｖａｓｃｒｉｐｔ：alert(1))",
            "[x](ｊａｖａｓｃｒｉｐｔ:alert(1))",
            "＜script＞alert(1)＜/script＞",
            "\u0000<script>alert(1)</script>",
            "[x](java\u0000script:alert(1))",
            "<scri\npt>alert(1)</script>",
            "[x](javascript:alert(1)\n)",
    })
    void nothing_a_writer_types_can_run_in_a_browser(String paragraph) {
        assertSafe(markup.toHtml(paragraph));
    }

    @Test
    void the_allowlist_alone_stops_html_that_got_past_the_parser() {
        String html = InlineMarkup.clean("<script>alert(1)</script><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a><a href=\"//evil.example/\">y</a>"
                + "<b onmouseover=alert(1)>b</b><strong style=\"color:red\">s</strong><iframe src=x></iframe>"
                + "<svg onload=alert(1)></svg><style>*{}</style><!-- c -->"
                + "<a href=\"https://example.cn/\" rel=\"opener\" target=\"_blank\">ok</a>");

        assertThat(html).isEqualTo("<a " + REL + ">x</a><a " + REL + ">y</a>b<strong>s</strong>"
                + "<a href=\"https://example.cn/\" " + REL + ">ok</a>");
    }

    private static void assertSafe(String html) {
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainPattern("(?i)<[^>]*\\son[a-z]*\\s*=");
        assertThat(TAG.matcher(html).results().map(MatchResult::group))
                .as("tags in %s", html)
                .allSatisfy(tag -> assertThat(tag).matches(ALLOWED_TAG));

        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.getAllElements().stream().filter(element -> element != body))
                .as("elements a browser builds from %s", html)
                .allSatisfy(element -> {
                    assertThat(element.tagName()).isIn("strong", "em", "a");
                    assertThat(element.attributes().asList()).extracting(Attribute::getKey)
                            .isSubsetOf(element.tagName().equals("a") ? Set.of("href", "rel") : Set.of());
                });
        assertThat(body.select("a[href]")).allSatisfy(link -> {
            String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
            assertThat(href).matches("(https?|mailto):.*").doesNotContain("javascript:", "data:", "vbscript:");
        });
    }
}
