package cn.gxnews.portal.media.repository;

import cn.gxnews.portal.media.OfficeWatermark;
import cn.gxnews.portal.media.WatermarkPosition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.MEDIA;
import static cn.gxnews.portal.jooq.Tables.MEDIA_BLOB;
import static cn.gxnews.portal.jooq.Tables.OFFICE;
import static cn.gxnews.portal.jooq.Tables.MEDIA_FILE;
import static cn.gxnews.portal.jooq.Tables.MEDIA_WATERMARKED;
import static cn.gxnews.portal.jooq.Tables.OFFICE_WATERMARK;

/** The offices' watermark settings and the marked copies of photos. */
@Repository
public class WatermarkRepository {

    private final DSLContext db;

    WatermarkRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<OfficeWatermark> find(String officeCode) {
        return db.selectFrom(OFFICE_WATERMARK).where(OFFICE_WATERMARK.OFFICE_CODE.eq(officeCode))
                .fetchOptional(WatermarkRepository::watermark);
    }

    /** Saves the setting with the next version, and returns it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OfficeWatermark save(String officeCode, boolean enabled, String text, WatermarkPosition position,
                                int opacity) {
        return db.insertInto(OFFICE_WATERMARK)
                .set(OFFICE_WATERMARK.OFFICE_CODE, officeCode)
                .set(OFFICE_WATERMARK.ENABLED, enabled)
                .set(OFFICE_WATERMARK.TEXT, text)
                .set(OFFICE_WATERMARK.POSITION, position.name())
                .set(OFFICE_WATERMARK.OPACITY, opacity)
                .set(OFFICE_WATERMARK.VERSION, 2)
                .onConflict(OFFICE_WATERMARK.OFFICE_CODE).doUpdate()
                .set(OFFICE_WATERMARK.ENABLED, enabled)
                .set(OFFICE_WATERMARK.TEXT, text)
                .set(OFFICE_WATERMARK.POSITION, position.name())
                .set(OFFICE_WATERMARK.OPACITY, opacity)
                .set(OFFICE_WATERMARK.VERSION, OFFICE_WATERMARK.VERSION.plus(1))
                .set(OFFICE_WATERMARK.UPDATED_AT, org.jooq.impl.DSL.currentInstant())
                .returning()
                .fetchSingle(WatermarkRepository::watermark);
    }

    /** The marked copy of one size, if it was drawn for this version. */
    public Optional<byte[]> marked(String officeCode, String sha256, int width, int version) {
        return db.select(MEDIA_WATERMARKED.BYTES).from(MEDIA_WATERMARKED)
                .where(MEDIA_WATERMARKED.OFFICE_CODE.eq(officeCode), MEDIA_WATERMARKED.SHA256.eq(sha256),
                        MEDIA_WATERMARKED.WIDTH.eq(width), MEDIA_WATERMARKED.VERSION.eq(version))
                .fetchOptional(MEDIA_WATERMARKED.BYTES);
    }

    /** Keeps a marked copy; a copy of an older version is replaced, one of a newer version is left alone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeMarked(String officeCode, String sha256, int width, int version, byte[] bytes) {
        // what the copy refers to first, in the order a truncate of the offices and photos locks them: the other
        // order can deadlock with it
        db.select(OFFICE.CODE).from(OFFICE).where(OFFICE.CODE.eq(officeCode)).forKeyShare().fetch();
        db.select(MEDIA_BLOB.SHA256).from(MEDIA_BLOB).where(MEDIA_BLOB.SHA256.eq(sha256)).forKeyShare().fetch();
        db.insertInto(MEDIA_WATERMARKED)
                .set(MEDIA_WATERMARKED.OFFICE_CODE, officeCode)
                .set(MEDIA_WATERMARKED.SHA256, sha256)
                .set(MEDIA_WATERMARKED.WIDTH, width)
                .set(MEDIA_WATERMARKED.VERSION, version)
                .set(MEDIA_WATERMARKED.BYTES, bytes)
                .onConflict(MEDIA_WATERMARKED.OFFICE_CODE, MEDIA_WATERMARKED.SHA256, MEDIA_WATERMARKED.WIDTH)
                .doUpdate()
                .set(MEDIA_WATERMARKED.VERSION, version)
                .set(MEDIA_WATERMARKED.BYTES, bytes)
                .where(MEDIA_WATERMARKED.VERSION.lt(version))
                .execute();
    }

    /** Every stored size of the photos in the office's library: what a new watermark version re-draws. */
    public List<PhotoSize> sizesInLibrary(String officeCode) {
        return db.select(MEDIA_FILE.SHA256, MEDIA_FILE.WIDTH).from(MEDIA_FILE)
                .join(MEDIA).on(MEDIA.SHA256.eq(MEDIA_FILE.SHA256))
                .where(MEDIA.OFFICE_CODE.eq(officeCode))
                .orderBy(MEDIA.UPLOADED_AT.desc(), MEDIA_FILE.SHA256, MEDIA_FILE.WIDTH)
                .fetch(r -> new PhotoSize(r.value1(), r.value2()));
    }

    /** One stored size of a photo. */
    public record PhotoSize(String sha256, int width) {
    }

    private static OfficeWatermark watermark(Record r) {
        return new OfficeWatermark(r.get(OFFICE_WATERMARK.OFFICE_CODE), r.get(OFFICE_WATERMARK.ENABLED),
                r.get(OFFICE_WATERMARK.TEXT), WatermarkPosition.valueOf(r.get(OFFICE_WATERMARK.POSITION)),
                r.get(OFFICE_WATERMARK.OPACITY), r.get(OFFICE_WATERMARK.VERSION));
    }
}
