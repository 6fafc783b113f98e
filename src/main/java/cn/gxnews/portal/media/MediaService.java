package cn.gxnews.portal.media;

import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.media.repository.MediaRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
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
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Semaphore intakeSlots = new Semaphore(CONCURRENT_INTAKES, true);
    private final WatermarkService watermarks;

    MediaService(MediaRepository media, PhotoIntake intake, CurrentUser currentUser, TransactionTemplate transaction,
                 MeterRegistry meters, WatermarkService watermarks) {
        this.watermarks = watermarks;
        this.meters = meters;
        this.media = media;
        this.intake = intake;
        this.currentUser = currentUser;
        this.transaction = transaction;
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
    public MediaItem upload(byte[] upload) {
        return upload(new ByteArrayInputStream(upload));
    }

    /**
     * Reads an upload as it arrives, then checks, cleans and stores the photo in the member's office library.
     * At most one byte past {@link #maxUploadBytes()} is read: a larger upload is refused there. Neither the
     * reading nor the processing holds a database connection; only storing the finished photo does.
     *
     * @throws PhotoRejectedException with the reason, when the file is not a photo the portal accepts
     * @throws UncheckedIOException when the upload breaks off
     */
    @PreAuthorize(STAFF)
    public MediaItem upload(InputStream upload) {
        StaffMember member = currentUser.require();
        @Nullable String office = member.officeCode();
        if (office == null) {
            throw new PhotoRejectedException("media.error.noOffice");
        }
        byte[] received;
        ProcessedPhoto photo;
        try {
            received = intake.receive(upload);
            photo = processInTurn(received);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off", e);
        } catch (PhotoRejectedException e) {
            Counter.builder("portal.uploads.refused").description("Photo uploads refused, per office and reason")
                    .tags("office", office, "reason", e.reason()).register(meters).increment();
            throw e;
        }
        return Objects.requireNonNull(transaction.execute(status -> {
            media.storeBlob(photo);
            long id = media.addToLibrary(photo.sha256(), office, member.id());
            return media.find(id, office).orElseThrow();
        }));
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
        return media.findPage(currentUser.require().officeCode(), PlainText.printable(search), offset, limit);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public int count(String search) {
        return media.count(currentUser.require().officeCode(), PlainText.printable(search));
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
        PlainText.check("media.caption", caption.strip(), false);
        PlainText.check("media.credit", credit.strip(), false);
        PlainText.check("media.alt", altText.strip(), false);
        if (!media.describe(item.id(), expectedVersion, caption.strip(), credit.strip(), altText.strip())) {
            throw new PhotoRejectedException("media.error.stale");
        }
        return media.find(id, office).orElseThrow();
    }

    /** The stored sizes of photos, for pages that show them; sizes are no secret. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<String, StoredPhoto> sizes(java.util.Collection<String> sha256s) {
        return media.sizes(sha256s);
    }

    /**
     * A stored size of a photo for the {@code /media} address: anyone may have the photos of live articles;
     * staff also those of their office's library (drafts in review show them), publishers those of every office.
     *
     * @return empty when the photo does not exist or the caller may not have it
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ServedPhoto> serve(String sha256, int width) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        boolean published = media.isPublished(sha256);
        if (!published) {
            var member = currentUser.find();
            // the company's publishers review every office's articles, so they see every office's photos
            boolean publisher = member.isPresent()
                    && member.get().hasRole(cn.gxnews.portal.security.StaffRole.PUBLISHER);
            boolean staffMayView = member.isPresent() && (member.get().hasRole(cn.gxnews.portal.security.StaffRole.AUTHOR)
                    || member.get().hasRole(cn.gxnews.portal.security.StaffRole.EDITOR))
                    && media.inLibrary(sha256, member.get().officeCode())
                    || publisher && media.inLibrary(sha256, null);
            if (!staffMayView) {
                return Optional.empty();
            }
        }
        return media.file(sha256, width).map(file -> new ServedPhoto(file, published));
    }

    /**
     * A published photo as readers of an office's articles get it: with the office's watermark when it has one,
     * drawn on a copy (decision 0028). The mark names the office and the watermark's version; a mark of an older
     * version gets the current copy, which caches must not keep under the old address.
     *
     * @return empty when the photo is not published or does not exist
     */
    @PreAuthorize("permitAll()")
    public Optional<ServedPhoto> serveMarked(String sha256, int width, String mark) {
        int dot = mark.lastIndexOf('.');
        if (!sha256.matches("[0-9a-f]{64}") || dot < 1 || !mark.substring(dot + 1).matches("[0-9]{1,9}")
                || !media.isPublished(sha256)) {
            return Optional.empty();
        }
        String office = mark.substring(0, dot);
        String current = watermarks.readerMark(office);
        return media.file(sha256, width).map(clean -> watermarks.markedCopy(office, sha256, clean)
                .map(marked -> new ServedPhoto(marked, current.equals(mark)))
                .orElseGet(() -> new ServedPhoto(clean, current.equals(mark) || current.isEmpty())));
    }

    /** The mark of the addresses of an office's photos for readers ({@link StoredPhoto#withMark}); empty: none. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String readerMark(String officeCode) {
        return watermarks.readerMark(officeCode);
    }

    /** @param published whether anyone may have it (and caches may keep it) */
    public record ServedPhoto(MediaFile file, boolean published) {
    }

    /**
     * Whether every one of these photos is in the office's library (articles use their own office's photos).
     * Only for an office the member works for: another office's library is not theirs to probe.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public boolean allInLibrary(java.util.Collection<String> sha256s, String officeCode) {
        if (!currentUser.require().worksFor(officeCode)) {
            throw new AccessDeniedException("not a member of the office " + officeCode);
        }
        return sha256s.stream().allMatch(sha256 -> media.inLibrary(sha256, officeCode));
    }

    /** A stored size of a photo in the member's library, for showing it in the desk. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<MediaFile> file(long id, int wantedWidth) {
        @Nullable String office = currentUser.require().officeCode();
        return media.find(id, office).flatMap(item -> media.file(item.sha256(), wantedWidth));
    }
}
