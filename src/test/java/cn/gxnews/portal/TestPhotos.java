package cn.gxnews.portal;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Photos for tests, as a camera or a writer's computer would hand them over. Files built byte by byte, for
 * the cases no encoder writes, are in {@link TestPhotoBytes}.
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A JPEG of one colour: photos of different colours or sizes are different photos. */
    public static byte[] jpeg(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A 1600 by 1000 JPEG shading from one colour to another: as wide as the widest variant the site serves,
     * and photos of different colours are different photos.
     */
    public static byte[] gradientJpeg(Color from, Color to) {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, 1600, 1000, to));
        g.fillRect(0, 0, 1600, 1000);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
