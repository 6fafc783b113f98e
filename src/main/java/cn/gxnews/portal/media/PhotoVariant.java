package cn.gxnews.portal.media;

/**
 * A smaller copy of a photo, so that a phone or a list of articles does not download the full picture.
 * The bytes are in the same format as the photo's master and are not copied: treat them as read-only.
 */
public record PhotoVariant(int width, int height, byte[] bytes) {
}
