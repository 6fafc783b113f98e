package cn.gxnews.portal.media;

/** Where on a photo its office's watermark goes. */
public enum WatermarkPosition {
    TOP_LEFT, TOP_RIGHT, CENTER, BOTTOM_LEFT, BOTTOM_RIGHT;

    public String messageKey() {
        return "watermark.position." + name();
    }
}
