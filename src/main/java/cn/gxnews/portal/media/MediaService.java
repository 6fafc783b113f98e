package cn.gxnews.portal.media;

import cn.gxnews.portal.media.repository.MediaRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * Each office's media library. Uploads are checked and re-encoded before anything is stored (a refused file
 * leaves no trace); the same photo uploaded twice is stored once. Members see their office's library; an
 * editor of all offices sees every library.
 */
@Service
public class MediaService {

    public static final int CAPTION_MAX = 300;
    public static final int CREDIT_MAX = 100;
    public static final int ALT_MAX = 300;
    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";

    /** Decoding a 40-megapixel photo takes some 300 MB: only this many are processed at once per instance. */
    private static final int CONCURRENT_INTAKES = 2;

    private final MediaRepository media;
    private final PhotoIntake intake;
    private final CurrentUser currentUser;
    private final Semaphore intakeSlots = new Semaphore(CONCURRENT_INTAKES, true);

    MediaService(MediaRepository media, PhotoIntake intake, CurrentUser currentUser) {
        this.media = media;
        this.intake = intake;
        this.currentUser = currentUser;
    }

    /** The largest upload accepted, in bytes (also enforced by the upload component). */
    public long maxUploadBytes() {
        return intake.limits().maxBytes();
    }

    /**
     * Checks, cleans and stores an uploaded photo in the member's office library.
     *
     * @throws PhotoRejectedException with the reason, when the file is not a photo the portal accepts
     */
    @PreAuthorize(STAFF)
    @Transactional
    public MediaItem upload(byte[] upload) {
        StaffMember member = currentUser.require();
        if (member.officeCode() == null) {
            throw new PhotoRejectedException("media.error.noOffice");
        }
        ProcessedPhoto photo = processInTurn(upload);
        media.storeBlob(photo);
        long id = media.addToLibrary(photo.sha256(), member.officeCode(), member.id());
        return media.find(id, member.officeCode()).orElseThrow();
    }

    private ProcessedPhoto processInTurn(byte[] upload) {
        try {
            intakeSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to process a photo", e);
        }
        try {
            return intake.process(upload);
        } finally {
            intakeSlots.release();
        }
    }

    /** The library of the member's office (or all libraries), newest first, filtered by caption or alt text. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Stream<MediaItem> library(String search, int offset, int limit) {
        return media.findPage(currentUser.require().officeCode(), search, offset, limit);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public int count(String search) {
        return media.count(currentUser.require().officeCode(), search);
    }

    /** Sets what describes the photo to readers; refused when someone else changed it first. */
    @PreAuthorize(STAFF)
    @Transactional
    public MediaItem describe(long id, int expectedVersion, String caption, String credit, String altText) {
        String office = currentUser.require().officeCode();
        MediaItem item = media.find(id, office).orElseThrow(() -> new PhotoRejectedException("media.error.notFound"));
        if (caption.strip().length() > CAPTION_MAX || credit.strip().length() > CREDIT_MAX
                || altText.strip().length() > ALT_MAX) {
            throw new PhotoRejectedException("media.error.descriptionTooLong");
        }
        if (!media.describe(item.id(), expectedVersion, caption.strip(), credit.strip(), altText.strip())) {
            throw new PhotoRejectedException("media.error.stale");
        }
        return media.find(id, office).orElseThrow();
    }

    /** A stored size of a photo in the member's library, for showing it in the desk. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<MediaFile> file(long id, int wantedWidth) {
        @Nullable String office = currentUser.require().officeCode();
        return media.find(id, office).flatMap(item -> media.file(item.sha256(), wantedWidth));
    }
}
