package cn.gxnews.portal.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * An office's text watermark, as readers see it on the photos of its articles: the text, where it goes and how
 * opaque it is. Drawn on a copy of each size readers get; the stored original stays clean.
 *
 * @param opacity percent, 10 to 100
 * @param version grows with every change, and is part of the photos' addresses, so that no cache keeps old ones
 */
public record Watermark(String text, WatermarkPosition position, int opacity, int version) {

    public static final int TEXT_MAX = 40;
    public static final int MIN_OPACITY = 10;
    public static final int MAX_OPACITY = 100;

    /**
     * Draws the watermark on a copy of the image: white text with a thin dark outline (legible on light and dark
     * photos), its height about a twentieth of the photo's width.
     */
    public BufferedImage drawOn(BufferedImage photo, WatermarkFont font) {
        BufferedImage copy = new BufferedImage(photo.getWidth(), photo.getHeight(),
                photo.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(photo, 0, 0, null);
            float size = Math.max(12f, photo.getWidth() / 20f);
            Font at = font.at(size);
            if (text.isBlank()) {
                return copy;
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            TextLayout layout = new TextLayout(text, at, g.getFontRenderContext());
            Rectangle2D bounds = layout.getBounds();
            float margin = size * 0.6f;
            float width = (float) bounds.getWidth();
            float x = switch (position) {
                case TOP_LEFT, BOTTOM_LEFT -> margin;
                case TOP_RIGHT, BOTTOM_RIGHT -> photo.getWidth() - margin - width;
                case CENTER -> (photo.getWidth() - width) / 2;
            } - (float) bounds.getX();
            float y = switch (position) {
                case TOP_LEFT, TOP_RIGHT -> margin + layout.getAscent();
                case BOTTOM_LEFT, BOTTOM_RIGHT -> photo.getHeight() - margin - layout.getDescent();
                case CENTER -> (photo.getHeight() + layout.getAscent() - layout.getDescent()) / 2;
            };
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity / 100f));
            var outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
            g.setColor(new Color(0, 0, 0, 160));
            g.setStroke(new java.awt.BasicStroke(Math.max(1.5f, size / 14f), java.awt.BasicStroke.CAP_ROUND,
                    java.awt.BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(Color.WHITE);
            g.fill(outline);
            return copy;
        } finally {
            g.dispose();
        }
    }
}
