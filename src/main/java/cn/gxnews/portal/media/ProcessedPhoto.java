package cn.gxnews.portal.media;

import java.util.List;

/**
 * A photo the intake accepted, ready to store: only freshly encoded pixels, upright, without any of the
 * uploaded file's metadata. The byte arrays are not copied: treat them as read-only.
 *
 * @param sha256      lowercase hex SHA-256 of the uploaded bytes, so the same upload is recognised again
 * @param contentType {@code image/jpeg} or {@code image/png}, the format of the upload
 * @param width       the master's width, after the camera's orientation was applied
 * @param height      the master's height, after the camera's orientation was applied
 * @param master      the whole picture, re-encoded
 * @param variants    the smaller copies, narrowest first
 */
public record ProcessedPhoto(String sha256, String contentType, int width, int height, byte[] master,
                             List<PhotoVariant> variants) {

    public ProcessedPhoto {
        variants = List.copyOf(variants);
    }
}
