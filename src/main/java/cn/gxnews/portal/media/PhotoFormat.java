package cn.gxnews.portal.media;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two formats a photo may arrive in, recognised by their first bytes: a file name or a browser's
 * content type is whatever the sender wants it to be. A PNG stays a PNG so that transparency survives.
 */
enum PhotoFormat {

    JPEG("image/jpeg", "jpeg", BufferedImage.TYPE_INT_RGB, 0xFF, 0xD8, 0xFF),
    PNG("image/png", "png", BufferedImage.TYPE_INT_ARGB, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);

    private final String contentType;
    private final String imageIoName;
    private final int imageType;
    private final byte[] magic;

    PhotoFormat(String contentType, String imageIoName, int imageType, int... magic) {
        this.contentType = contentType;
        this.imageIoName = imageIoName;
        this.imageType = imageType;
        this.magic = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            this.magic[i] = (byte) magic[i];
        }
    }

    static Optional<PhotoFormat> of(byte[] data) {
        return Arrays.stream(values()).filter(format -> format.startsWithMagic(data)).findFirst();
    }

    String contentType() {
        return contentType;
    }

    /** The name under which the JDK's ImageIO knows its reader and writer. */
    String imageIoName() {
        return imageIoName;
    }

    /** The kind of {@link BufferedImage} the pixels are redrawn into: RGB for JPEG, RGB with alpha for PNG. */
    int imageType() {
        return imageType;
    }

    /** The position just after the image's end marker, or -1 when the file stops before it. */
    int endOfImage(byte[] data) {
        return switch (this) {
            case JPEG -> JpegSegments.endOfImage(data);
            case PNG -> PngChunks.endOfImage(data);
        };
    }

    private boolean startsWithMagic(byte[] data) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
