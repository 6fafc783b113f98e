package cn.gxnews.portal.media;

import java.util.List;

/** The sizes in which a photo is stored: what a page needs for {@code srcset}, {@code width} and {@code height}. */
public record StoredPhoto(String sha256, String contentType, int width, int height, List<Integer> widths) {

    public StoredPhoto {
        widths = List.copyOf(widths);
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
