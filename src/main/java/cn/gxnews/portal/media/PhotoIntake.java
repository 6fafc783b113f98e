package cn.gxnews.portal.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static cn.gxnews.portal.media.PhotoRejectedException.CORRUPT;
import static cn.gxnews.portal.media.PhotoRejectedException.EMPTY;
import static cn.gxnews.portal.media.PhotoRejectedException.POLYGLOT;
import static cn.gxnews.portal.media.PhotoRejectedException.TOO_MANY_PIXELS;
import static cn.gxnews.portal.media.PhotoRejectedException.UNSUPPORTED;

/**
 * Turns an uploaded file into a photo the portal can serve to anyone: it refuses whatever is not plainly a
 * JPEG or PNG photo, then keeps only the pixels. Re-encoding is the point: it drops the GPS position a
 * phone writes into every photo, the camera's other metadata, and any payload hidden in the file.
 *
 * <p>Cheap checks come first, so a hostile file costs as little as possible; the pixel count is read from
 * the header before anything is decoded. The intake holds no state and may be shared between threads.
 */
public class PhotoIntake {

    /** The widths of the smaller copies: list thumbnails, phones, and large screens. */
    private static final int[] VARIANT_WIDTHS = {320, 800, 1600};
    private static final float JPEG_QUALITY = 0.85f;
    private static final double PIXELS_PER_MEGAPIXEL = 1_000_000;
    private static final List<String> HARMLESS_WARNINGS = List.of("color profile", "jfif", "adobe");

    private final MediaLimits limits;

    public PhotoIntake(MediaLimits limits) {
        this.limits = limits;
    }

    /** The limits this intake enforces. */
    public MediaLimits limits() {
        return limits;
    }

    /**
     * Reads an upload as it arrives, but never more than one byte past the byte limit: a file that is too large
     * is refused at that byte, however much more the sender has, so no upload costs more memory than the limit.
     *
     * @throws PhotoRejectedException when the upload has more bytes than the limit allows
     * @throws IOException when the upload breaks off
     */
    public byte[] receive(InputStream upload) throws IOException {
        int atMost = (int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8);
        byte[] received = upload.readNBytes(atMost);
        if (received.length > limits.maxBytes()) {
            throw PhotoRejectedException.tooLarge(limits.maxBytes());
        }
        return received;
    }

    /**
     * Checks and re-encodes an upload.
     *
     * @throws PhotoRejectedException with the reason the user reads when the file is not taken
     */
    public ProcessedPhoto process(byte[] upload) {
        PhotoFormat format = checkBytes(upload);
        BufferedImage decoded = decode(upload, format);
        ExifOrientation orientation = format == PhotoFormat.JPEG ? JpegSegments.orientation(upload) : ExifOrientation.NORMAL;
        BufferedImage master = upright(decoded, orientation, format.imageType());
        return new ProcessedPhoto(sha256(upload), format.contentType(), master.getWidth(), master.getHeight(),
                encode(master, format), variants(master, format));
    }

    /** Everything that can be decided from the raw bytes, before any image library sees them. */
    private PhotoFormat checkBytes(byte[] upload) {
        if (upload.length == 0) {
            throw new PhotoRejectedException(EMPTY);
        }
        if (upload.length > limits.maxBytes()) {
            throw PhotoRejectedException.tooLarge(limits.maxBytes());
        }
        PhotoFormat format = PhotoFormat.of(upload).orElseThrow(() -> new PhotoRejectedException(UNSUPPORTED));
        if (HiddenMarkup.isIn(upload)) {
            throw new PhotoRejectedException(POLYGLOT);
        }
        int end = format.endOfImage(upload);
        if (end < 0) {
            throw new PhotoRejectedException(CORRUPT);
        }
        if (!onlyPaddingFrom(upload, end)) {
            throw new PhotoRejectedException(POLYGLOT);
        }
        return format;
    }

    /** Some tools pad a file with zeros or line breaks; anything else after the image is another file. */
    private static boolean onlyPaddingFrom(byte[] data, int from) {
        for (int at = from; at < data.length; at++) {
            switch (data[at]) {
                case 0x00, ' ', '\t', '\n', '\r', '\f' -> { }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Decodes the pixels, but only after the header's size passed the pixel limit: a small file can claim
     * a picture far too big for memory. A warning while decoding means parts of the picture are missing.
     */
    private BufferedImage decode(byte[] upload, PhotoFormat format) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName()).next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > limits.maxPixels()) {
                throw new PhotoRejectedException(TOO_MANY_PIXELS, limits.maxPixels() / PIXELS_PER_MEGAPIXEL);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (image == null || !warnings.stream().allMatch(PhotoIntake::isHarmless)) {
                throw new PhotoRejectedException(CORRUPT);
            }
            return image;
        } catch (PhotoRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged data as IIOException, but also as runtime exceptions of all kinds
            throw new PhotoRejectedException(CORRUPT);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The JDK's JPEG reader also warns about things that cost no pixels: a colour profile it cannot use,
     * an unknown JFIF version or Adobe colour code. Any other warning means damaged or missing pixel data.
     */
    private static boolean isHarmless(String warning) {
        String text = warning.toLowerCase(Locale.ROOT);
        return HARMLESS_WARNINGS.stream().anyMatch(text::contains);
    }

    /**
     * Redraws the pixels into a fresh image, turned the way the camera said it was held. The fresh image
     * carries no colour profile or metadata of the upload; drawing also converts any colour model to RGB.
     */
    private static BufferedImage upright(BufferedImage decoded, ExifOrientation orientation, int imageType) {
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        BufferedImage upright = orientation.swapsSides()
                ? new BufferedImage(height, width, imageType)
                : new BufferedImage(width, height, imageType);
        Graphics2D graphics = upright.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(decoded, orientation.transform(width, height), null);
        } finally {
            graphics.dispose();
        }
        return upright;
    }

    /** Each variant narrower than the master, narrowest first; each smaller one is scaled from the next larger. */
    private static List<PhotoVariant> variants(BufferedImage master, PhotoFormat format) {
        List<PhotoVariant> variants = new ArrayList<>();
        BufferedImage source = master;
        for (int i = VARIANT_WIDTHS.length - 1; i >= 0; i--) {
            int width = VARIANT_WIDTHS[i];
            if (width >= master.getWidth()) {
                continue;
            }
            int height = Math.max(1, (int) Math.round((double) master.getHeight() * width / master.getWidth()));
            source = scaled(source, width, height);
            variants.addFirst(new PhotoVariant(width, height, encode(source, format)));
        }
        return variants;
    }

    /**
     * Halves the picture while it is more than twice the target, then takes the last step with bicubic
     * interpolation: one big bilinear or bicubic step skips pixels and makes fine detail shimmer.
     */
    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = drawn(current, current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return drawn(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage drawn(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Writes the pixels alone: no metadata object is passed, so no Exif, XMP, comment or text chunk. */
    static byte[] encode(BufferedImage image, PhotoFormat format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), writeParam(writer, format));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a photo in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriteParam writeParam(ImageWriter writer, PhotoFormat format) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == PhotoFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            if (param instanceof JPEGImageWriteParam jpeg) {
                jpeg.setOptimizeHuffmanTables(true);
            }
        }
        return param;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
