package cn.gxnews.portal.media;

/** How far the re-drawing of an office's photos for a watermark version has come (on this instance). */
public record WatermarkProgress(int version, int done, int total) {

    public boolean finished() {
        return done >= total;
    }
}
