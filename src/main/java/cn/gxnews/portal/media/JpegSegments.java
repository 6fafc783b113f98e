package cn.gxnews.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Walks a JPEG's segments the way a decoder does, to find where the image really ends (a file may carry
 * another file after it) and to find the camera's Exif segment. It reads only; nothing here trusts a
 * length without checking it against the file.
 */
final class JpegSegments {

    private static final int TEM = 0x01;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private JpegSegments() {
    }

    /**
     * The position just after the end-of-image marker, or -1 when the file stops before it or has something
     * other than a marker where a marker must be.
     */
    static int endOfImage(byte[] data) {
        int at = 2;
        while (at < data.length) {
            if (data[at] != (byte) 0xFF) {
                return -1;
            }
            while (at < data.length && data[at] == (byte) 0xFF) {
                at++; // fill bytes may come before a marker
            }
            if (at >= data.length) {
                return -1;
            }
            int marker = data[at++] & 0xFF;
            if (marker == EOI) {
                return at;
            }
            if (marker == 0x00) {
                return -1;
            }
            if (standsAlone(marker)) {
                continue;
            }
            if (at + 2 > data.length || unsignedShort(data, at) < 2) {
                return -1;
            }
            at += unsignedShort(data, at);
            if (marker == SOS) {
                at = endOfScanData(data, at);
            }
        }
        return -1;
    }

    /**
     * The orientation recorded in the first Exif segment before the pixels. A missing, truncated or
     * nonsensical segment means the picture is stored upright, as every viewer would assume.
     */
    static ExifOrientation orientation(byte[] data) {
        int at = 2;
        while (at + 4 <= data.length && data[at] == (byte) 0xFF) {
            int marker = data[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                break;
            }
            if (standsAlone(marker)) {
                at += 2;
                continue;
            }
            int payload = at + 4;
            int payloadLength = unsignedShort(data, at + 2) - 2;
            if (payloadLength < 0 || payload + payloadLength > data.length) {
                break;
            }
            if (marker == APP1 && startsWith(data, payload, payloadLength, EXIF_HEADER)) {
                return ExifOrientation.fromTiff(data, payload + EXIF_HEADER.length, payloadLength - EXIF_HEADER.length);
            }
            at = payload + payloadLength;
        }
        return ExifOrientation.NORMAL;
    }

    /**
     * Skips the compressed pixels after a start-of-scan header. In there a 0xFF byte is either escaped
     * (followed by 0x00), a restart marker, a fill byte, or the start of the next real marker.
     */
    private static int endOfScanData(byte[] data, int at) {
        while (at < data.length) {
            if (data[at] != (byte) 0xFF || at + 1 >= data.length) {
                at++;
                continue;
            }
            int next = data[at + 1] & 0xFF;
            if (next == 0x00 || next >= RST0 && next <= RST7) {
                at += 2;
            } else if (next == 0xFF) {
                at++;
            } else {
                return at;
            }
        }
        return at;
    }

    private static boolean standsAlone(int marker) {
        return marker == TEM || marker == SOI || marker >= RST0 && marker <= RST7;
    }

    private static int unsignedShort(byte[] data, int at) {
        return (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
    }

    private static boolean startsWith(byte[] data, int from, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(data, from, from + prefix.length, prefix, 0, prefix.length);
    }
}
