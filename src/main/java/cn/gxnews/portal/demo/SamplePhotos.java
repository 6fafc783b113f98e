package cn.gxnews.portal.demo;

import org.jspecify.annotations.Nullable;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for the photos of the demo articles: the company's page has only their captions. Each is a plain
 * coloured picture that says in large letters that it is a sample image, in Chinese where the machine has a
 * font for it and always in Latin letters, with its number. They are drawn once per JVM: a test run creates
 * the demo newsroom more than once.
 */
final class SamplePhotos {

    /** Wide enough for the 320 and 800 pixel variants of the intake, small enough to make quickly. */
    static final int WIDTH = 960;
    static final int HEIGHT = 640;
    static final String CHINESE_MARK = "示例图片";
    static final String LATIN_MARK = "Sample image";

    /** Fonts commonly installed for Simplified Chinese, tried before any other font that can show the mark. */
    private static final List<String> PREFERRED_CJK_FONTS = List.of("Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
            "SimHei");

    private static final Map<Integer, byte[]> DRAWN = new ConcurrentHashMap<>();

    private SamplePhotos() {
    }

    /** The JPEG bytes of sample image number {@code number} (distinct numbers give distinct photos). */
    static byte[] jpeg(int number) {
        return DRAWN.computeIfAbsent(number, n -> encode(draw(n, cjkFontFamily().orElse(null))));
    }

    /**
     * Draws the picture.
     *
     * @param cjkFamily a font family that can show the Chinese mark, or {@code null} to write it in Latin letters
     *                  only (a machine without Chinese fonts)
     */
    static BufferedImage draw(int number, @Nullable String cjkFamily) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // a calm colour of its own per number, dark enough for white letters, with light diagonal bands
            g.setColor(Color.getHSBColor((number * 0.137f) % 1f, 0.45f, 0.55f));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.getHSBColor((number * 0.137f) % 1f, 0.40f, 0.62f));
            for (int x = -HEIGHT; x < WIDTH; x += 96) {
                g.fillPolygon(new int[] {x, x + 40, x + 40 + HEIGHT, x + HEIGHT}, new int[] {HEIGHT, HEIGHT, 0, 0}, 4);
            }
            g.setColor(Color.WHITE);
            g.fillRect(24, 24, WIDTH - 48, 10);
            g.fillRect(24, HEIGHT - 34, WIDTH - 48, 10);
            g.fillRect(24, 24, 10, HEIGHT - 48);
            g.fillRect(WIDTH - 34, 24, 10, HEIGHT - 48);

            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = cjkFamily == null ? 270 : 220;
            if (cjkFamily != null) {
                centre(g, new Font(cjkFamily, Font.BOLD, 120), CHINESE_MARK, y);
                y += 135;
            }
            centre(g, new Font(Font.SANS_SERIF, Font.BOLD, 90), LATIN_MARK, y);
            centre(g, new Font(Font.SANS_SERIF, Font.BOLD, 72), "No. " + number, y + 120);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void centre(Graphics2D g, Font font, String text, int baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, baseline);
    }

    /** The installed font family that shows Chinese, preferring the usual ones; empty where there is none. */
    static Optional<String> cjkFontFamily() {
        return InstalledFonts.CJK_FAMILY;
    }

    /** Looked up once, when first needed: listing the installed fonts takes a moment. */
    private static final class InstalledFonts {

        static final Optional<String> CJK_FAMILY = find();

        private static Optional<String> find() {
            List<String> installed = Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            return PREFERRED_CJK_FONTS.stream().filter(installed::contains).filter(SamplePhotos::showsChinese)
                    .findFirst()
                    .or(() -> installed.stream().filter(SamplePhotos::showsChinese).findFirst());
        }
    }

    private static boolean showsChinese(String family) {
        return new Font(family, Font.BOLD, 12).canDisplayUpTo(CHINESE_MARK) == -1;
    }

    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
