package cn.gxnews.portal.media;

/**
 * An office's watermark setting: whether readers' photos of its articles carry it, and how it looks.
 *
 * @param version grows with every change; part of the photos' addresses
 */
public record OfficeWatermark(String officeCode, boolean enabled, String text, WatermarkPosition position,
                              int opacity, int version) {

    /** An office that never set one. */
    public static OfficeWatermark none(String officeCode) {
        return new OfficeWatermark(officeCode, false, "", WatermarkPosition.BOTTOM_RIGHT, 60, 1);
    }

    /** What goes into the photos' addresses: the office and the version ({@code liuzhou.3}); empty when off. */
    public String mark() {
        return enabled ? officeCode + "." + version : "";
    }

    public Watermark watermark() {
        return new Watermark(text, position, opacity, version);
    }
}
