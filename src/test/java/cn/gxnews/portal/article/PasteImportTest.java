package cn.gxnews.portal.article;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pasting the plain text of an article from the company's current site gives paragraphs and photo captions. */
class PasteImportTest {

    @Test
    void the_seed_article_becomes_its_paragraphs_and_photos_waiting_for_their_images() throws IOException {
        String page;
        try (var in = getClass().getResourceAsStream("/demo/seed-article.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pastedBody = page.substring(page.indexOf('\n') + 1);

        List<Block> blocks = ArticleDraft.importText(pastedBody);

        assertThat(blocks).hasSize(17);
        assertThat(blocks).filteredOn(Block.Paragraph.class::isInstance).hasSize(6)
                .first().extracting(Block::text).asString().startsWith("为贯彻落实广西壮族自治区党委");
        List<Block.Photo> photos = blocks.stream().filter(Block.Photo.class::isInstance).map(Block.Photo.class::cast)
                .toList();
        assertThat(photos).hasSize(11).allSatisfy(photo -> {
            assertThat(photo.mediaSha256()).isNull();
            assertThat(photo.caption()).doesNotStartWith("▲").isNotBlank();
            assertThat(photo.alt()).isEmpty();
        });
        assertThat(photos).extracting(Block.Photo::caption).startsWith(
                "广西科技支撑产业高质量发展调研组调研座谈会现场", "广西科技厅党组书记、厅长曹坤华");
        assertThat(blocks.get(1)).isEqualTo(new Block.Photo(null, "广西科技支撑产业高质量发展调研组调研座谈会现场", "", ""));
        assertThat(blocks.getLast()).isInstanceOf(Block.Paragraph.class);
    }

    @Test
    void blank_lines_are_dropped_and_markup_stays_text() {
        List<Block> blocks = ArticleDraft.importText("第一段\r\n\r\n  ▲ 图片说明  \n<script>alert(1)</script>\n");

        assertThat(blocks).containsExactly(new Block.Paragraph("第一段"), new Block.Photo(null, "图片说明", "", ""),
                new Block.Paragraph("<script>alert(1)</script>"));
    }
}
