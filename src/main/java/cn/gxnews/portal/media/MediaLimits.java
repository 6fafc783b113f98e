package cn.gxnews.portal.media;

/**
 * How big a photo may be, in bytes on upload and in pixels once decoded. The pixel limit matters more: a
 * few kilobytes of compressed data can claim a picture that needs gigabytes of memory to decode.
 */
public record MediaLimits(long maxBytes, long maxPixels) {

    public MediaLimits {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("Limits must be positive: " + maxBytes + " bytes, " + maxPixels + " pixels");
        }
    }

    /** 15 MB covers a full-size photo from a phone or camera; 40 megapixels covers any of them uncropped. */
    public static MediaLimits defaults() {
        return new MediaLimits(15L * 1024 * 1024, 40_000_000L);
    }
}
