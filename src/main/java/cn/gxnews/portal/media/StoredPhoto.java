package cn.gxnews.portal.media;

import java.util.List;

/**
 * The sizes in which a photo is stored: what a page needs for {@code srcset}, {@code width} and {@code height}.
 *
 * @param mark the office's watermark and its version for readers' copies (e.g. {@code liuzhou.3}), or empty for
 *             the clean photo (the desk)
 */
public record StoredPhoto(String sha256, String contentType, int width, int height, List<Integer> widths,
                          String mark) {

    public StoredPhoto {
        widths = List.copyOf(widths);
    }

    public StoredPhoto(String sha256, String contentType, int width, int height, List<Integer> widths) {
        this(sha256, contentType, width, height, widths, "");
    }

    /** The same photo as readers of an office's articles get it (see {@link MediaService#readerMark}). */
    public StoredPhoto withMark(String mark) {
        return new StoredPhoto(sha256, contentType, width, height, widths, mark);
    }

    /** The address of one stored size, with the watermark's office and version when readers get a marked copy. */
    public String url(int width) {
        return url(sha256, width) + (mark.isEmpty() ? "" : "?wm=" + mark);
    }

    /** The address of one stored size; the hash in it changes whenever the content does. */
    public static String url(String sha256, int width) {
        return "/media/" + sha256 + "/" + width;
    }

    /** The width of the smallest stored size: thumbnails use it (a photo narrower than 320 px is stored as is). */
    public static int thumbnailWidth(int photoWidth) {
        return Math.min(320, photoWidth);
    }

    /** The stored width closest to the wanted one from above, else the largest. */
    public int widthFor(int wanted) {
        return widths.stream().filter(w -> w >= wanted).findFirst().orElse(widths.getLast());
    }
}
