package cn.gxnews.portal.editorial;

import java.time.Instant;
import java.util.List;

/** The audit trail's CSV words without translation: message keys, office codes and ISO times as they are. */
public final class PlainAuditLabels implements AuditService.CsvLabels {

    @Override
    public List<String> headers() {
        return List.of("time", "office", "article", "title", "action", "from", "to", "by", "revision", "comment",
                "late", "level");
    }

    @Override
    public String translate(String messageKey) {
        return messageKey;
    }

    @Override
    public String office(String officeCode) {
        return officeCode;
    }

    @Override
    public String time(Instant time) {
        return time.toString();
    }
}
