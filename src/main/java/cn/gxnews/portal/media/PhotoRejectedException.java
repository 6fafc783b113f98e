package cn.gxnews.portal.media;

import cn.gxnews.portal.base.PortalException;

/**
 * The upload is not taken: the reason is the message key the user reads, so the desk can say exactly what
 * to do (choose another file, make it smaller, save it again as JPEG or PNG) without knowing the checks.
 */
public class PhotoRejectedException extends PortalException {

    /** The file has no bytes at all. */
    public static final String EMPTY = "media.error.empty";
    /** More bytes than {@link MediaLimits#maxBytes()}; the argument is the limit in MB. */
    public static final String TOO_LARGE = "media.error.tooLarge";
    /** More pixels than {@link MediaLimits#maxPixels()}; the argument is the limit in megapixels. */
    public static final String TOO_MANY_PIXELS = "media.error.tooManyPixels";
    /** Not JPEG or PNG, judged by the bytes, never by the file name. */
    public static final String UNSUPPORTED = "media.error.unsupported";
    /** Truncated, or the pixels do not decode completely. */
    public static final String CORRUPT = "media.error.corrupt";
    /** The file is also something else: data after the image's end, or markup a browser would run. */
    public static final String POLYGLOT = "media.error.polyglot";

    PhotoRejectedException(String reason, Object... args) {
        super(reason, args);
    }

    /** The refusal of a file with more bytes than the limit, which it names in MB. */
    static PhotoRejectedException tooLarge(long maxBytes) {
        return new PhotoRejectedException(TOO_LARGE, maxBytes / (1024.0 * 1024));
    }

    /** One of the constants of this class. */
    public String reason() {
        return messageKey();
    }
}
