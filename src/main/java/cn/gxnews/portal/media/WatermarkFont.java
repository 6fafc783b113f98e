package cn.gxnews.portal.media;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The font watermarks are drawn in (decision 0028): the file named in {@code portal.watermark.font-file}, else the
 * font the portal ships, a cut of Noto Sans CJK SC Regular to the characters of GB 2312 (the 6,763 hanzi of
 * everyday Simplified Chinese, its punctuation) and printable ASCII, under the SIL Open Font License. Installed
 * fonts are never used: every instance of a cluster draws the same copy, whatever the machine has, and a
 * machine without a Chinese font draws the demo's watermarks like any other. A watermark with a character the
 * font lacks is refused when it is saved, never drawn as a box.
 */
public final class WatermarkFont {

    /** The shipped font, a resource of the portal (src/fonts/make-watermark-font.py makes it). */
    static final String SHIPPED = "/fonts/NotoSansSC-GB2312.otf";

    private static final Logger log = LoggerFactory.getLogger(WatermarkFont.class);

    /**
     * The font in use, for the settings screen.
     *
     * @param fontName the font's own name
     * @param file     the configured file's name, or {@code null} for the shipped font
     */
    public record InUse(String fontName, @Nullable String file) {
    }

    private final Font font;
    private final @Nullable String file;

    private WatermarkFont(Font font, @Nullable String file) {
        this.font = font;
        this.file = file;
    }

    /**
     * The configured font file, else the shipped font; logs which one it is. A configured file that cannot be
     * read is named in the log, and the shipped font is used.
     */
    public static WatermarkFont find(@Nullable Path configuredFile) {
        WatermarkFont found = configuredFile == null ? shipped()
                : fromFile(configuredFile).orElseGet(WatermarkFont::shipped);
        log.info("Watermarks are drawn in {}", found.source());
        return found;
    }

    private static Optional<WatermarkFont> fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Font loaded = Font.createFont(Font.TRUETYPE_FONT, in);
            return Optional.of(new WatermarkFont(loaded, file.getFileName().toString()));
        } catch (IOException | FontFormatException e) {
            log.warn("The watermark font file {} could not be read ({}); the portal's own font is used instead",
                    file, e.getMessage());
            return Optional.empty();
        }
    }

    private static WatermarkFont shipped() {
        try (InputStream in = WatermarkFont.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The portal's watermark font " + SHIPPED + " is missing from the build");
            }
            Font loaded = Font.createFont(Font.TRUETYPE_FONT, in);
            return new WatermarkFont(loaded, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The portal's watermark font " + SHIPPED + " cannot be read", e);
        }
    }

    /** Whether every character of the text can be drawn. */
    boolean canDraw(String text) {
        return firstUndrawable(text).isEmpty();
    }

    /** The first character of the text the font cannot draw, for the refusal's message. */
    public Optional<String> firstUndrawable(String text) {
        int at = font.canDisplayUpTo(text);
        return at < 0 ? Optional.empty() : Optional.of(new String(Character.toChars(text.codePointAt(at))));
    }

    /** The font at a size. */
    Font at(float size) {
        return font.deriveFont(Font.PLAIN, size);
    }

    /** Which font it is, for the settings screen. */
    public InUse inUse() {
        return new InUse(font.getFontName(), file);
    }

    /** Which font it is, for the log. */
    public String source() {
        return file == null ? "the portal's own font (" + font.getFontName() + ", the characters of GB 2312)"
                : "the font file " + file + " (" + font.getFontName() + ")";
    }
}
