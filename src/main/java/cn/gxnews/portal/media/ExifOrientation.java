package cn.gxnews.portal.media;

import org.jspecify.annotations.Nullable;

import java.awt.geom.AffineTransform;

/**
 * How a camera held sideways or upside down stored its picture (Exif tag 0x0112, values 1 to 8). Browsers
 * disagree on honouring it and the intake removes the tag anyway, so the intake turns the pixels upright.
 */
enum ExifOrientation {

    NORMAL,
    MIRRORED,
    ROTATED_180,
    MIRRORED_VERTICALLY,
    TRANSPOSED,
    ROTATED_90_CLOCKWISE,
    TRANSVERSED,
    ROTATED_90_COUNTERCLOCKWISE;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    /** The orientation whose Exif value is given; values outside 1 to 8 mean the picture is upright. */
    static ExifOrientation ofExifValue(int value) {
        return value >= 1 && value <= values().length ? values()[value - 1] : NORMAL;
    }

    /**
     * Reads the tag from the first directory (IFD0) of the TIFF structure inside an Exif segment, in
     * either byte order. Anything malformed means {@link #NORMAL}: a broken tag must not lose the photo.
     */
    static ExifOrientation fromTiff(byte[] data, int start, int length) {
        Tiff tiff = Tiff.at(data, start, length);
        if (tiff == null || tiff.unsignedShort(2) != 42) {
            return NORMAL;
        }
        long directory = tiff.unsignedInt(4);
        int entries = tiff.unsignedShort(directory);
        for (int i = 0; i < entries; i++) {
            long entry = directory + 2 + 12L * i;
            int tag = tiff.unsignedShort(entry);
            if (tag < 0) {
                break;
            }
            if (tag == ORIENTATION_TAG) {
                boolean wellFormed = tiff.unsignedShort(entry + 2) == SHORT && tiff.unsignedInt(entry + 4) == 1;
                return wellFormed ? ofExifValue(tiff.unsignedShort(entry + 8)) : NORMAL;
            }
        }
        return NORMAL;
    }

    /** Whether the upright picture is as wide as the stored one is high. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSED.ordinal();
    }

    /** Maps the stored picture, {@code width} by {@code height}, onto the upright one. */
    AffineTransform transform(int width, int height) {
        // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        return switch (this) {
            case NORMAL -> new AffineTransform();
            case MIRRORED -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case ROTATED_180 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case MIRRORED_VERTICALLY -> new AffineTransform(1, 0, 0, -1, 0, height);
            case TRANSPOSED -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATED_90_CLOCKWISE -> new AffineTransform(0, 1, -1, 0, height, 0);
            case TRANSVERSED -> new AffineTransform(0, -1, -1, 0, height, width);
            case ROTATED_90_COUNTERCLOCKWISE -> new AffineTransform(0, -1, 1, 0, 0, width);
        };
    }

    /** Bounds-checked reads from a TIFF structure: -1 wherever the structure points outside itself. */
    private record Tiff(byte[] data, int start, int length, boolean bigEndian) {

        static @Nullable Tiff at(byte[] data, int start, int length) {
            if (length < 8) {
                return null;
            }
            if (data[start] == 'M' && data[start + 1] == 'M') {
                return new Tiff(data, start, length, true);
            }
            if (data[start] == 'I' && data[start + 1] == 'I') {
                return new Tiff(data, start, length, false);
            }
            return null;
        }

        int unsignedShort(long offset) {
            return (int) read(offset, 2);
        }

        long unsignedInt(long offset) {
            return read(offset, 4);
        }

        private long read(long offset, int size) {
            if (offset < 0 || offset + size > length) {
                return -1;
            }
            long value = 0;
            for (int i = 0; i < size; i++) {
                int b = data[start + (int) offset + (bigEndian ? i : size - 1 - i)] & 0xFF;
                value = value << 8 | b;
            }
            return value;
        }
    }
}
