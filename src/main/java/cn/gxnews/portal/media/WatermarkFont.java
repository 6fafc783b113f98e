package cn.gxnews.portal.media;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The font watermarks are drawn in (decision 0028). No open-licensed CJK font is published on the Maven
 * repository this build uses, so the portal does not ship one: it takes a font file named in the settings, else
 * the first installed font of a list of common Simplified Chinese fonts (Noto Sans CJK, Source Han Sans,
 * WenQuanYi...), else any installed font that draws Chinese. With none, it says so in the log at start, and a
 * watermark with characters the font cannot draw is refused where it is set, rather than drawn as boxes.
 */
public final class WatermarkFont {

    /** Preferred families, sans-serif first: a watermark must stay legible when small and faint. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
            "Microsoft YaHei", "PingFang SC", "SimHei", "Noto Serif CJK SC", "AR PL UMing CN");
    static final String SAMPLE = "柳州南宁桂林分公司";

    private static final Logger log = LoggerFactory.getLogger(WatermarkFont.class);

    private final @Nullable Font font;
    private final String source;

    private WatermarkFont(@Nullable Font font, String source) {
        this.font = font;
        this.source = source;
    }

    /** Finds the font once, at start, and logs which one it is (or that there is none). */
    public static WatermarkFont find(@Nullable Path configuredFile) {
        WatermarkFont found = locate(configuredFile, installedFamilies());
        if (found.font == null) {
            log.warn("No font that draws Chinese was found: watermarks with Chinese text are refused. Install one "
                    + "(e.g. fonts-noto-cjk) or set portal.watermark.font-file");
        } else {
            log.info("Watermarks are drawn in {}", found.source);
        }
        return found;
    }

    static WatermarkFont locate(@Nullable Path configuredFile, Set<String> installed) {
        if (configuredFile != null) {
            try {
                Font loaded = Font.createFont(Font.TRUETYPE_FONT, Files.newInputStream(configuredFile));
                return new WatermarkFont(loaded, "the font file " + configuredFile.getFileName() + " ("
                        + loaded.getFontName() + ")");
            } catch (IOException | FontFormatException e) {
                log.warn("The watermark font file {} could not be read: {}", configuredFile, e.getMessage());
            }
        }
        for (String family : PREFERRED) {
            if (installed.contains(family)) {
                Font candidate = new Font(family, Font.PLAIN, 12);
                if (candidate.canDisplayUpTo(SAMPLE) < 0) {
                    return new WatermarkFont(candidate, "the installed font " + family);
                }
            }
        }
        Optional<Font> any = installed.stream().sorted().map(family -> new Font(family, Font.PLAIN, 12))
                .filter(candidate -> candidate.canDisplayUpTo(SAMPLE) < 0).findFirst();
        return any.map(f -> new WatermarkFont(f, "the installed font " + f.getFamily()))
                .orElseGet(() -> new WatermarkFont(null, "no font"));
    }

    private static Set<String> installedFamilies() {
        if (GraphicsEnvironment.isHeadless() && System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
    }

    /** Whether every character of the text can be drawn. */
    public boolean canDraw(String text) {
        return font != null && font.canDisplayUpTo(text) < 0;
    }

    /** The font at a size, when there is one. */
    Optional<Font> at(float size) {
        return Optional.ofNullable(font).map(f -> f.deriveFont(Font.PLAIN, size));
    }

    /** Which font it is, for the log and the settings screen. */
    public String source() {
        return source;
    }
}
