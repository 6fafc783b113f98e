package cn.gxnews.portal;

import java.io.InputStream;

/**
 * An upload far larger than any photo limit, made up as it is read (a JPEG's first bytes, then zeros), so a
 * test can send 200 MB without holding them. It counts what the reader took: a receiver that keeps to the
 * limit stops long before the end.
 */
public final class HugeUpload extends InputStream {

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    private final long size;
    private long read;

    public HugeUpload(long size) {
        this.size = size;
    }

    /** 200 MB, the upload of the issue. */
    public static HugeUpload of200Megabytes() {
        return new HugeUpload(200L * 1024 * 1024);
    }

    public long size() {
        return size;
    }

    /** How many bytes the reader has taken so far. */
    public long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= size) {
            return -1;
        }
        int value = read < JPEG_START.length ? JPEG_START[(int) read] & 0xFF : 0;
        read++;
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (read >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - read);
        for (int i = 0; i < count; i++) {
            long at = read + i;
            buffer[offset + i] = at < JPEG_START.length ? JPEG_START[(int) at] : 0;
        }
        read += count;
        return count;
    }
}
