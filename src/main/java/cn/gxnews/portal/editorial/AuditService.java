package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.base.Csv;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.editorial.query.AuditQuery;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit trail of the editor's offices over a time range: every transition of every article, with who,
 * when, from which state to which, on which revision, and why. Exportable as CSV.
 */
@Service
public class AuditService {

    private static final String EDITOR = "hasRole('" + Roles.EDITOR + "')";

    private final AuditQuery audit;
    private final CurrentUser currentUser;

    AuditService(AuditQuery audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public Stream<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return audit.find(office(filter), filter.from(), filter.to(), offset, limit);
    }

    /**
     * Writes the filtered trail as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the
     * Chinese text correctly), with the column headers and state and action names supplied by the caller.
     */
    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, CsvLabels labels, Writer out) {
        @Nullable String office = office(filter);
        Csv.export(out, labels.headers(), audit.stream(office, filter.from(), filter.to(), Csv.BATCH),
                e -> List.of(labels.time(e.occurredAt()), labels.office(e.officeCode()),
                        e.articleId().toString(), e.title(), labels.translate(e.messageKey()),
                        e.from() == null ? "" : labels.translate(e.from().messageKey()), labels.translate(e.to().messageKey()),
                        e.actorName() == null ? labels.translate("scheduler.name") : e.actorName(),
                        Integer.toString(e.revisionNumber()), e.comment() == null ? "" : e.comment(),
                        e.late() ? labels.translate("audit.late") : "",
                        e.reviewLevel() == null ? "" : labels.translate(ReviewLevels.levelKey(e.reviewLevel()))));
    }

    /** The words of the CSV file in the reader's language. */
    public interface CsvLabels {
        List<String> headers();

        String translate(String messageKey);

        String office(String officeCode);

        String time(java.time.Instant time);
    }

    /** Editors see their own office's trail; an editor of all offices may pick one or see all. */
    private @Nullable String office(AuditFilter filter) {
        StaffMember editor = currentUser.require();
        if (editor.officeCode() != null) {
            if (filter.officeCode() != null && !filter.officeCode().equals(editor.officeCode())) {
                throw new NotAllowedException("error.audit.otherOffice");
            }
            return editor.officeCode();
        }
        return filter.officeCode();
    }
}
