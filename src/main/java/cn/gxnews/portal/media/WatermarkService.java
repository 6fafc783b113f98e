package cn.gxnews.portal.media;

import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.media.repository.MediaRepository;
import cn.gxnews.portal.media.repository.WatermarkRepository;
import cn.gxnews.portal.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The offices' watermarks (decision 0028): administrators set them; readers get the photos of an office's
 * articles with its watermark drawn on a copy of each size, the stored original untouched. A change gets a new
 * version, which is part of the photos' addresses (so no cache keeps the old copies), and re-draws the office's
 * photos in the background while the desk shows how far it has come; a copy not drawn yet is drawn when a reader
 * first asks for it.
 */
@Service
public class WatermarkService {

    private static final Logger log = LoggerFactory.getLogger(WatermarkService.class);
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";

    private final WatermarkRepository watermarks;
    private final MediaRepository media;
    private final WatermarkFont font;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<String, WatermarkProgress> progress = new ConcurrentHashMap<>();
    /** One photo at a time: drawing is CPU work that readers' requests should not wait behind. */
    private final ExecutorService redrawing = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("watermark-redraw").factory());

    WatermarkService(WatermarkRepository watermarks, MediaRepository media, WatermarkFont font,
                     TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.watermarks = watermarks;
        this.media = media;
        this.font = font;
        this.transaction = transaction;
        this.events = events;
    }

    /** An office's setting (off, when it never set one). */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public OfficeWatermark find(String officeCode) {
        return watermarks.find(officeCode).orElseGet(() -> OfficeWatermark.none(officeCode));
    }

    /** Which font watermarks are drawn in, for the settings screen. */
    @PreAuthorize(ADMIN)
    public WatermarkFont.InUse fontSource() {
        return font.inUse();
    }

    /**
     * Saves an office's watermark under a new version and starts re-drawing its photos.
     *
     * @throws WatermarkRefusedException when the text is missing (while on), too long, has control characters, or
     *                                   has characters the watermark font cannot draw
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public OfficeWatermark save(String officeCode, boolean enabled, String text, WatermarkPosition position,
                                int opacity) {
        String stripped = text.strip();
        PlainText.check("watermark.text", stripped, false);
        if (enabled && stripped.isEmpty()) {
            throw new WatermarkRefusedException("watermark.error.textMissing");
        }
        if (stripped.length() > Watermark.TEXT_MAX) {
            throw new WatermarkRefusedException("watermark.error.textTooLong", Watermark.TEXT_MAX);
        }
        if (enabled) {
            Optional<String> undrawable = font.firstUndrawable(stripped);
            if (undrawable.isPresent()) {
                throw new WatermarkRefusedException("watermark.error.noFont", undrawable.get());
            }
        }
        if (opacity < Watermark.MIN_OPACITY || opacity > Watermark.MAX_OPACITY) {
            throw new WatermarkRefusedException("watermark.error.opacity", Watermark.MIN_OPACITY,
                    Watermark.MAX_OPACITY);
        }
        OfficeWatermark saved = watermarks.save(officeCode, enabled, stripped, position, opacity);
        events.publishEvent(new WatermarkChanged(officeCode, saved.version()));
        if (saved.enabled()) {
            List<WatermarkRepository.PhotoSize> sizes = watermarks.sizesInLibrary(officeCode);
            progress.put(officeCode, new WatermarkProgress(saved.version(), 0, sizes.size()));
            afterCommit(() -> redrawing.submit(() -> redraw(saved, sizes)));
        } else {
            progress.remove(officeCode);
        }
        return saved;
    }

    /** How far the re-drawing after the last change on this instance has come, if one was started here. */
    @PreAuthorize(ADMIN)
    public Optional<WatermarkProgress> progress(String officeCode) {
        return Optional.ofNullable(progress.get(officeCode));
    }

    /** The mark readers' addresses of an office's photos carry; empty when the office has no watermark. */
    String readerMark(String officeCode) {
        return watermarks.find(officeCode).map(OfficeWatermark::mark).orElse("");
    }

    /**
     * The marked copy of a stored size for an office's readers: the one drawn for the current version, else drawn
     * now. Empty when the office has no watermark (the clean photo is served).
     */
    Optional<MediaFile> markedCopy(String officeCode, String sha256, MediaFile clean) {
        Optional<OfficeWatermark> setting = watermarks.find(officeCode).filter(OfficeWatermark::enabled);
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        OfficeWatermark current = setting.get();
        byte[] bytes = watermarks.marked(officeCode, sha256, clean.width(), current.version())
                .orElseGet(() -> draw(current, sha256, clean));
        return Optional.of(new MediaFile(clean.contentType(), clean.width(), clean.height(), bytes));
    }

    private byte[] draw(OfficeWatermark setting, String sha256, MediaFile clean) {
        byte[] marked = drawOn(clean, setting.watermark());
        transaction.executeWithoutResult(status ->
                watermarks.storeMarked(setting.officeCode(), sha256, clean.width(), setting.version(), marked));
        return marked;
    }

    private byte[] drawOn(MediaFile clean, Watermark watermark) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
            PhotoFormat format = clean.contentType().equals(PhotoFormat.PNG.contentType()) ? PhotoFormat.PNG
                    : PhotoFormat.JPEG;
            return PhotoIntake.encode(watermark.drawOn(image, font), format);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a stored photo", e);
        }
    }

    private void redraw(OfficeWatermark setting, List<WatermarkRepository.PhotoSize> sizes) {
        int done = 0;
        for (WatermarkRepository.PhotoSize size : sizes) {
            // a newer change (on any instance) started its own re-drawing: this one stops
            if (progress.getOrDefault(setting.officeCode(), new WatermarkProgress(0, 0, 0)).version()
                    != setting.version() || !watermarks.find(setting.officeCode()).equals(Optional.of(setting))) {
                return;
            }
            try {
                media.file(size.sha256(), size.width()).filter(file -> file.width() == size.width())
                        .ifPresent(clean -> draw(setting, size.sha256(), clean));
            } catch (RuntimeException e) {
                log.warn("Could not draw the watermark of {} on {} ({} px): {}", setting.officeCode(), size.sha256(),
                        size.width(), e.getMessage());
            }
            done++;
            progress.computeIfPresent(setting.officeCode(), (office, now) -> now.version() == setting.version()
                    ? new WatermarkProgress(now.version(), Math.min(now.total(), now.done() + 1), now.total()) : now);
        }
        log.info("Drew the watermark of {} (version {}) on {} stored sizes", setting.officeCode(), setting.version(),
                done);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
