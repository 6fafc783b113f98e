package cn.gxnews.portal.desk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DeskLanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | zh-CN",
            "'' | zh-CN",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
            "zh-TW | zh-CN",
            "en-US,en;q=0.9 | en",
            "fr-FR,en;q=0.5 | en",
            "de-DE | zh-CN",
            "ja,fr;q=0.7 | zh-CN",
            "this is not a header;;; | zh-CN"
    })
    void the_desk_speaks_the_browsers_language_if_it_can_and_chinese_otherwise(String header, String expected) {
        assertThat(DeskLanguage.choose(header)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
