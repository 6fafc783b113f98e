package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The offices as the public pages show them, and the marks their photos' addresses carry, kept in memory as long as
 * the cached pages are ({@link KeptWithPages}): every page names offices, and they change only when an administrator
 * edits one. Their texts carry only what every output can ({@link PlainText#printable}), whatever the database holds.
 */
@Component
class PublicOffices {

    private final KeptWithPages<Map<String, Office>> byCode;
    private final KeptWithPages<Map<String, String>> marks;
    private final MediaService media;

    PublicOffices(OfficeService offices, MediaService media, PageCache pages) {
        this.media = media;
        this.byCode = new KeptWithPages<>(pages, () -> {
            Map<String, Office> read = new LinkedHashMap<>();
            offices.findAll().forEach(office -> read.put(office.code(), new Office(office.code(),
                    PlainText.printable(office.nameZh()), PlainText.printable(office.nameEn()),
                    PlainText.printable(office.address()), PlainText.printable(office.contactPerson()),
                    PlainText.printable(office.phone()))));
            return Collections.unmodifiableMap(read);
        });
        this.marks = new KeptWithPages<>(pages, () -> {
            Map<String, String> read = new HashMap<>();
            byCode().keySet().forEach(code -> read.put(code, media.readerMark(code)));
            return Collections.unmodifiableMap(read);
        });
    }

    /** Every office by its code, in the offices' own order. */
    Map<String, Office> byCode() {
        return byCode.get();
    }

    Optional<Office> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /**
     * The mark of the addresses of an office's photos for readers, which names its watermark's version (decision
     * 0028; {@link cn.gxnews.portal.media.StoredPhoto#withMark}); empty when the office has none.
     */
    String photoMark(String officeCode) {
        String mark = marks.get().get(officeCode);
        // every office is in the kept copy (adding one empties the page cache); read it all the same if one is not
        return mark != null ? mark : media.readerMark(officeCode);
    }
}
