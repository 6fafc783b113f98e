package cn.gxnews.portal.media.repository;

import cn.gxnews.portal.media.MediaFile;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.PhotoVariant;
import cn.gxnews.portal.media.ProcessedPhoto;
import cn.gxnews.portal.media.StoredPhoto;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record12;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.DRAFT_AUTOSAVE;
import static cn.gxnews.portal.jooq.Tables.MEDIA;
import static cn.gxnews.portal.jooq.Tables.MEDIA_BLOB;
import static cn.gxnews.portal.jooq.Tables.MEDIA_FILE;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

/** Stored photos and the offices' library entries. */
@Repository
public class MediaRepository {

    private final DSLContext db;

    MediaRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the photo's bytes unless a photo with the same hash is stored already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeBlob(ProcessedPhoto photo) {
        int inserted = db.insertInto(MEDIA_BLOB)
                .set(MEDIA_BLOB.SHA256, photo.sha256())
                .set(MEDIA_BLOB.CONTENT_TYPE, photo.contentType())
                .set(MEDIA_BLOB.WIDTH, photo.width())
                .set(MEDIA_BLOB.HEIGHT, photo.height())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            return;
        }
        insertFile(photo.sha256(), photo.width(), photo.height(), photo.master());
        for (PhotoVariant variant : photo.variants()) {
            insertFile(photo.sha256(), variant.width(), variant.height(), variant.bytes());
        }
    }

    private void insertFile(String sha256, int width, int height, byte[] bytes) {
        db.insertInto(MEDIA_FILE)
                .set(MEDIA_FILE.SHA256, sha256)
                .set(MEDIA_FILE.WIDTH, width)
                .set(MEDIA_FILE.HEIGHT, height)
                .set(MEDIA_FILE.BYTES, bytes)
                .onConflictDoNothing()
                .execute();
    }

    /** Adds the photo to the office's library unless it is there already; returns the entry's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long addToLibrary(String sha256, String officeCode, long uploadedBy) {
        db.insertInto(MEDIA)
                .set(MEDIA.SHA256, sha256)
                .set(MEDIA.OFFICE_CODE, officeCode)
                .set(MEDIA.UPLOADED_BY, uploadedBy)
                .onConflictDoNothing()
                .execute();
        return db.select(MEDIA.ID).from(MEDIA)
                .where(MEDIA.SHA256.eq(sha256).and(MEDIA.OFFICE_CODE.eq(officeCode)))
                .fetchSingle(MEDIA.ID);
    }

    /** @param officeCode the office, or {@code null} for every office */
    public Optional<MediaItem> find(long id, @Nullable String officeCode) {
        return select().where(MEDIA.ID.eq(id).and(office(officeCode))).fetchOptional(Records.mapping(MediaItem::new));
    }

    /** The library, newest first, optionally only entries whose caption or alt text contains the words. */
    public Stream<MediaItem> findPage(@Nullable String officeCode, String search, int offset, int limit) {
        return select().where(office(officeCode).and(matching(search)))
                .orderBy(MEDIA.UPLOADED_AT.desc(), MEDIA.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(MediaItem::new))
                .stream();
    }

    public int count(@Nullable String officeCode, String search) {
        return db.fetchCount(MEDIA, office(officeCode).and(matching(search)));
    }

    /** @return false when someone else changed the entry first (nothing is written then) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean describe(long id, int expectedVersion, String caption, String credit, String altText) {
        return db.update(MEDIA)
                .set(MEDIA.CAPTION, caption)
                .set(MEDIA.CREDIT, credit)
                .set(MEDIA.ALT_TEXT, altText)
                .set(MEDIA.VERSION, MEDIA.VERSION.plus(1))
                .where(MEDIA.ID.eq(id).and(MEDIA.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** The stored size closest to (and at least) the wanted width, else the largest. */
    public Optional<MediaFile> file(String sha256, int wantedWidth) {
        return files(sha256).and(MEDIA_FILE.WIDTH.ge(wantedWidth))
                .orderBy(MEDIA_FILE.WIDTH.asc()).limit(1)
                .fetchOptional(Records.mapping(MediaFile::new))
                .or(() -> files(sha256).orderBy(MEDIA_FILE.WIDTH.desc()).limit(1)
                        .fetchOptional(Records.mapping(MediaFile::new)));
    }

    private SelectConditionStep<Record4<String, Integer, Integer, byte[]>> files(String sha256) {
        return db.select(MEDIA_BLOB.CONTENT_TYPE, MEDIA_FILE.WIDTH, MEDIA_FILE.HEIGHT, MEDIA_FILE.BYTES)
                .from(MEDIA_FILE)
                .join(MEDIA_BLOB).on(MEDIA_BLOB.SHA256.eq(MEDIA_FILE.SHA256))
                .where(MEDIA_FILE.SHA256.eq(sha256));
    }

    /** The stored sizes of these photos (those that exist). */
    public Map<String, StoredPhoto> sizes(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Map.of();
        }
        return db.select(MEDIA_BLOB.SHA256, MEDIA_BLOB.CONTENT_TYPE, MEDIA_BLOB.WIDTH, MEDIA_BLOB.HEIGHT,
                        arrayAgg(MEDIA_FILE.WIDTH).orderBy(MEDIA_FILE.WIDTH).convertFrom(List::of))
                .from(MEDIA_BLOB)
                .join(MEDIA_FILE).on(MEDIA_FILE.SHA256.eq(MEDIA_BLOB.SHA256))
                .where(MEDIA_BLOB.SHA256.in(sha256s))
                .groupBy(MEDIA_BLOB.SHA256, MEDIA_BLOB.CONTENT_TYPE, MEDIA_BLOB.WIDTH, MEDIA_BLOB.HEIGHT)
                .fetch(Records.mapping((sha256, type, width, height, widths)
                        -> new StoredPhoto(sha256, type, width, height, widths)))
                .stream()
                .collect(Collectors.toMap(StoredPhoto::sha256, Function.identity()));
    }

    /** Whether readers may see the photo: it is in, or the cover of, the published revision of a live article. */
    public boolean isPublished(String sha256) {
        JSONB photo = JSONB.valueOf("[{\"media\": \"" + sha256 + "\"}]");
        return db.fetchExists(db.selectOne().from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .where(ARTICLE.LIVE.isTrue())
                .and(ARTICLE_REVISION.COVER_MEDIA.eq(sha256)
                        .or(condition("{0} @> {1}", ARTICLE_REVISION.BODY, val(photo)))));
    }

    /**
     * Removes from the office's library those of the photos that no revision of the office's articles uses any
     * more, and then the stored images (with their sizes) that no library and no revision holds.
     *
     * @return how many library entries were removed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeUnused(String officeCode, Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return 0;
        }
        String[] candidates = sha256s.toArray(String[]::new);
        int removed = db.deleteFrom(MEDIA)
                .where(MEDIA.OFFICE_CODE.eq(officeCode))
                .and(MEDIA.SHA256.in(candidates))
                .andNotExists(db.selectOne().from(ARTICLE_REVISION)
                        .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_REVISION.ARTICLE_ID))
                        .where(ARTICLE.OFFICE_CODE.eq(MEDIA.OFFICE_CODE))
                        .and(uses(MEDIA.SHA256)))
                .execute();
        db.deleteFrom(MEDIA_BLOB)
                .where(MEDIA_BLOB.SHA256.in(candidates))
                .andNotExists(db.selectOne().from(MEDIA).where(MEDIA.SHA256.eq(MEDIA_BLOB.SHA256)))
                .andNotExists(db.selectOne().from(ARTICLE_REVISION).where(uses(MEDIA_BLOB.SHA256)))
                .andNotExists(db.selectOne().from(DRAFT_AUTOSAVE).where(DRAFT_AUTOSAVE.COVER_MEDIA.eq(MEDIA_BLOB.SHA256)))
                .execute();
        return removed;
    }

    /** Whether the revision ({@code ARTICLE_REVISION}) shows the photo: as its cover or in a photo block. */
    private static Condition uses(org.jooq.Field<String> sha256) {
        return ARTICLE_REVISION.COVER_MEDIA.eq(sha256).or(condition(
                "{0} @> jsonb_build_array(jsonb_build_object('media', {1}))", ARTICLE_REVISION.BODY, sha256));
    }

    /** Whether the office's library (or, for {@code null}, any library) holds the photo. */
    public boolean inLibrary(String sha256, @Nullable String officeCode) {
        return db.fetchExists(MEDIA, MEDIA.SHA256.eq(sha256).and(office(officeCode)));
    }

    private SelectOnConditionStep<Record12<Long, String, String, String, Integer, Integer, String, String, String,
            String, Instant, Integer>> select() {
        return db.select(MEDIA.ID, MEDIA.SHA256, MEDIA.OFFICE_CODE, MEDIA_BLOB.CONTENT_TYPE, MEDIA_BLOB.WIDTH,
                        MEDIA_BLOB.HEIGHT, MEDIA.CAPTION, MEDIA.CREDIT, MEDIA.ALT_TEXT, STAFF_USER.DISPLAY_NAME,
                        MEDIA.UPLOADED_AT, MEDIA.VERSION)
                .from(MEDIA)
                .join(MEDIA_BLOB).on(MEDIA_BLOB.SHA256.eq(MEDIA.SHA256))
                .join(STAFF_USER).on(STAFF_USER.ID.eq(MEDIA.UPLOADED_BY));
    }

    private static Condition office(@Nullable String officeCode) {
        return officeCode == null ? trueCondition() : MEDIA.OFFICE_CODE.eq(officeCode);
    }

    private static Condition matching(String search) {
        String words = search.strip();
        if (words.isEmpty()) {
            return trueCondition();
        }
        return MEDIA.CAPTION.containsIgnoreCase(words).or(MEDIA.ALT_TEXT.containsIgnoreCase(words));
    }
}
