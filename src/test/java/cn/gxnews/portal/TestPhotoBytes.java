package cn.gxnews.portal;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo files built byte by byte: JPEG segments (comments, EXIF with an orientation or a GPS position, XMP),
 * TIFF structures, PNG chunks, PNGs that claim more pixels than they hold, and the small readers that find
 * those pieces again in what the intake hands back.
 * <p>
 * Tests need hand-made bytes because no image library writes what the intake must cope with: a camera's
 * orientation tag, a phone's GPS directory, a header that lies about its size, a file that is a photo and
 * something else. Built here, each test says exactly which bytes it sends. Plain photos as a camera would
 * hand them over are in {@link TestPhotos}.
 */
public final class TestPhotoBytes {

    /** JPEG marker: start of scan, the pixels follow. */
    public static final int SOS = 0xDA;
    /** JPEG marker: comment. */
    public static final int COM = 0xFE;
    /** JPEG marker: application segment 1, where EXIF and XMP live. */
    public static final int APP1 = 0xE1;
    /** JPEG marker: application segment 15. */
    public static final int APP15 = 0xEF;

    private TestPhotoBytes() {
    }

    // --- files: JPEG ---

    public static byte[] jpeg(BufferedImage image) {
        return encoded(image, "jpg");
    }

    public static byte[] png(BufferedImage image) {
        return encoded(image, "png");
    }

    public static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).as("the JDK writes " + format).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] withSegmentsAfterSoi(byte[] jpeg, byte[]... segments) {
        return concat(Arrays.copyOf(jpeg, 2), concat(segments), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    public static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[]{(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    public static byte[] commentSegment(String text) {
        return segment(COM, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] exifSegment(byte[] tiff) {
        return segment(APP1, exifPayload(tiff));
    }

    public static byte[] exifPayload(byte[] tiff) {
        return concat(ascii("Exif\0\0"), tiff);
    }

    public static byte[] xmpSegment() {
        return segment(APP1, ascii("http://ns.adobe.com/xap/1.0/\0<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description exif:GPSLatitude=\"22,48.0N\""
                + " exif:GPSLongitude=\"108,18.0E\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
    }

    /** A TIFF structure with one entry in its first directory: the orientation tag (0x0112, SHORT). */
    public static byte[] tiffWithOrientation(ByteOrder order, int orientation) {
        ByteBuffer tiff = tiffHeader(order, 26);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    /**
     * What a phone writes: the orientation, and a GPS directory placing the photo at 22°48' N 108°18' E,
     * in Nanning, with the method "GPS".
     */
    public static byte[] tiffWithGpsOfNanning() {
        ByteBuffer tiff = tiffHeader(ByteOrder.LITTLE_ENDIAN, 164);
        tiff.putShort((short) 2);                                                          // IFD0 at 8
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putInt(1);            // orientation 1
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);           // GPS IFD at 38
        tiff.putInt(0);
        tiff.putShort((short) 5);                                                          // GPS IFD
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(104);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(ascii("E\0\0\0"));
        tiff.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(128);
        tiff.putShort((short) 0x001B).putShort((short) 7).putInt(11).putInt(152);
        tiff.putInt(0);
        tiff.put(latitudeOfNanning());                                                     // at 104
        tiff.putInt(108).putInt(1).putInt(18).putInt(1).putInt(0).putInt(1);               // at 128
        tiff.put(ascii("ASCII\0\0\0GPS"));                                                 // at 152
        return tiff.array();
    }

    /** 22/1 degrees, 48/1 minutes, 0/1 seconds as little-endian rationals. */
    public static byte[] latitudeOfNanning() {
        return ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(22).putInt(1).putInt(48).putInt(1).putInt(0).putInt(1).array();
    }

    public static ByteBuffer tiffHeader(ByteOrder order, int size) {
        ByteBuffer tiff = ByteBuffer.allocate(size).order(order);
        tiff.put(ascii(order == ByteOrder.BIG_ENDIAN ? "MM" : "II")).putShort((short) 42).putInt(8);
        return tiff;
    }

    /** The markers of the segments up to and including the start of the pixels, read like a decoder. */
    public static List<Integer> markersBeforePixels(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && jpeg[at] == (byte) 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == SOS) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    public static byte[] bytesBeforePixels(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at + 1] & 0xFF) != SOS) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return Arrays.copyOf(jpeg, at);
    }

    // --- files: PNG and others ---

    public static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** Inserts chunks right after the signature (8 bytes) and the header chunk (25 bytes). */
    public static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) {
        return concat(Arrays.copyOf(png, 33), concat(chunks), Arrays.copyOfRange(png, 33, png.length));
    }

    public static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }

    /**
     * A PNG whose header claims 8-bit grey pixels of the given size, but whose pixel data holds only the
     * first row: cheap to build, impossible to decode.
     */
    public static byte[] pngClaiming(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] firstRow = new byte[1 + width];
        return concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                pngChunk("IHDR", header), pngChunk("IDAT", deflate(firstRow)), pngChunk("IEND", new byte[0]));
    }

    public static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    public static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.txt"));
            zip.write(ascii("not a photo"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    // --- bytes ---

    public static byte[] ascii(String text) {
        return text.getBytes(US_ASCII);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] replaced(byte[] data, int at, byte[] replacement) {
        byte[] copy = data.clone();
        System.arraycopy(replacement, 0, copy, at, replacement.length);
        return copy;
    }

    public static boolean startsWith(byte[] data, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (i >= data.length || data[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int at = 0; at + part.length <= data.length; at++) {
            for (int i = 0; i < part.length; i++) {
                if (data[at + i] != part[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
