package cn.gxnews.portal.media;

/** The bytes of one stored size of a photo. */
public record MediaFile(String contentType, int width, int height, byte[] bytes) {
}
