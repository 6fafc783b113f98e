package cn.gxnews.portal.media;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An office's watermark is drawn in Chinese, where it was asked for, on a copy: the original stays clean. */
class WatermarkTest {

    private static final WatermarkFont FONT = WatermarkFont.find(null);

    private static BufferedImage photo() {
        BufferedImage photo = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(40, 90, 140), 800, 500, new Color(120, 160, 90)));
        g.fillRect(0, 0, 800, 500);
        g.dispose();
        return photo;
    }

    @Test
    void the_watermark_is_drawn_in_its_corner_on_a_copy_and_the_original_stays_clean() throws Exception {
        BufferedImage original = photo();
        int[] before = original.getRGB(0, 0, 800, 500, null, 0, 800);

        BufferedImage marked = new Watermark("柳州分公司", WatermarkPosition.BOTTOM_RIGHT, 80, 1).drawOn(original, FONT);

        assertThat(original.getRGB(0, 0, 800, 500, null, 0, 800)).isEqualTo(before);
        assertThat(whitePixels(marked, 400, 380, 400, 120)).as("text in the bottom right").isGreaterThan(500);
        assertThat(whitePixels(marked, 0, 0, 400, 250)).as("nothing in the top left").isZero();
        Path file = Path.of("target/screenshots/watermark-bottom-right.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(marked, "png", file.toFile());
    }

    @Test
    void a_fainter_watermark_is_fainter() {
        BufferedImage strong = new Watermark("桂林分公司", WatermarkPosition.CENTER, 100, 1).drawOn(photo(), FONT);
        BufferedImage faint = new Watermark("桂林分公司", WatermarkPosition.CENTER, 20, 1).drawOn(photo(), FONT);
        assertThat(whitePixels(faint, 200, 150, 400, 200)).isLessThan(whitePixels(strong, 200, 150, 400, 200) / 4);
    }

    @Test
    void the_portal_draws_in_its_own_font_whatever_the_machine_has_installed() {
        assertThat(FONT.source()).startsWith("the portal's own font");
        // the offices' and the company's names, the standard wording's official names, and Latin letters
        assertThat(FONT.canDraw("南宁分公司柳州分公司桂林分公司广西壮族自治区新闻中心 Guangxi News 2026")).isTrue();
        assertThat(FONT.firstUndrawable("柳州分公司")).isEmpty();
    }

    @Test
    void a_character_outside_the_font_is_named_and_nothing_is_drawn_for_it() {
        // 𠀀 (U+20000) is outside GB 2312, so the shipped font lacks it
        assertThat(FONT.canDraw("柳州𠀀分公司")).isFalse();
        assertThat(FONT.firstUndrawable("柳州𠀀分公司")).contains("𠀀");
    }

    @Test
    void an_unreadable_font_file_falls_back_to_the_portal_s_own() throws Exception {
        Path notAFont = Files.createTempFile("not-a-font", ".otf");
        Files.writeString(notAFont, "not a font");
        try {
            WatermarkFont font = WatermarkFont.find(notAFont);
            assertThat(font.source()).startsWith("the portal's own font");
            assertThat(font.canDraw("柳州分公司")).isTrue();
        } finally {
            Files.delete(notAFont);
        }
    }

    private static int whitePixels(BufferedImage image, int x, int y, int width, int height) {
        int count = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                Color c = new Color(image.getRGB(i, j));
                if (c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
