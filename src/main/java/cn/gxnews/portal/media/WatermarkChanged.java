package cn.gxnews.portal.media;

/**
 * An office's watermark changed: pages that name its photos' old addresses must be rendered again (the public
 * site drops its page cache on every instance).
 */
public record WatermarkChanged(String officeCode, int version) {
}
