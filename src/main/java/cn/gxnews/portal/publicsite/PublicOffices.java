package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The offices as the public pages show them, read once and kept in memory: every page names offices, and they
 * change only when an administrator edits one. Their texts carry only what every output can ({@link
 * PlainText#printable}), whatever the database holds. Dropped together with the page cache on every change of published
 * content (see {@link PublishedContentChanges}), here or on another instance.
 */
@Component
class PublicOffices {

    private final OfficeService offices;
    private volatile @Nullable Map<String, Office> byCode;

    PublicOffices(OfficeService offices) {
        this.offices = offices;
    }

    /** Every office by its code, in the offices' own order. */
    Map<String, Office> byCode() {
        Map<String, Office> current = byCode;
        return current != null ? current : read();
    }

    /** Under the same lock as {@link #invalidate}, so a change during the read cannot leave the old offices. */
    private synchronized Map<String, Office> read() {
        if (byCode == null) {
            Map<String, Office> read = new LinkedHashMap<>();
            offices.findAll().forEach(office -> read.put(office.code(), new Office(office.code(),
                    PlainText.printable(office.nameZh()), PlainText.printable(office.nameEn()),
                    PlainText.printable(office.address()), PlainText.printable(office.contactPerson()),
                    PlainText.printable(office.phone()))));
            byCode = Collections.unmodifiableMap(read);
        }
        return byCode;
    }

    Optional<Office> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    synchronized void invalidate() {
        byCode = null;
    }
}
