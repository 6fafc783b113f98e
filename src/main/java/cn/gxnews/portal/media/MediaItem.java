package cn.gxnews.portal.media;

import java.time.Instant;

/** A photo in an office's library, with what describes it to readers and who uploaded it. */
public record MediaItem(long id, String sha256, String officeCode, String contentType, int width, int height,
                        String caption, String credit, String altText, String uploadedByName, Instant uploadedAt,
                        int version) {
}
