package cn.gxnews.portal.media;

/** Walks a PNG's chunks to find where the image really ends: the {@code IEND} chunk. */
final class PngChunks {

    private static final int SIGNATURE_LENGTH = 8;
    private static final int IEND = 0x49454E44;

    private PngChunks() {
    }

    /** The position just after the {@code IEND} chunk, or -1 when the chunks run past the end of the file. */
    static int endOfImage(byte[] data) {
        long position = SIGNATURE_LENGTH;
        while (position + 8 <= data.length) {
            int at = (int) position;
            long length = Integer.toUnsignedLong(bigEndianInt(data, at));
            int type = bigEndianInt(data, at + 4);
            position += 4 + 4 + length + 4;
            if (position > data.length) {
                return -1;
            }
            if (type == IEND) {
                return (int) position;
            }
        }
        return -1;
    }

    private static int bigEndianInt(byte[] data, int at) {
        return (data[at] & 0xFF) << 24 | (data[at + 1] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8 | data[at + 3] & 0xFF;
    }
}
