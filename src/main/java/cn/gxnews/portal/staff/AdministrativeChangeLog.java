package cn.gxnews.portal.staff;

import cn.gxnews.portal.staff.repository.AdministrativeChangeRepository;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.Csv;
import cn.gxnews.portal.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Records every administrative change with who made it, in the transaction of the change itself (so a change
 * that rolls back leaves no record, and no change goes unrecorded), and shows the record to administrators.
 */
@Service
public class AdministrativeChangeLog {

    /** Who made a change when no one is signed in: the portal's own start-up tasks (the first administrator). */
    static final String SYSTEM = "system";

    private final AdministrativeChangeRepository changes;
    private final Clock clock;

    AdministrativeChangeLog(AdministrativeChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AdministrativeChange change) {
        // saving a form without changing anything changes nothing
        if (!change.isEmpty()) {
            changes.insert(clock.instant(), actor(), change);
        }
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Stream<AdministrativeChangeEntry> find(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from,
                                                  @Nullable Instant to, int offset, int limit) {
        return changes.findPage(kind, from, to, offset, limit);
    }

    /**
     * Writes the changes as CSV, newest first, read through one cursor: the headers and each change's fields in
     * the reader's language come from the caller.
     *
     * @param kind one kind of change, or every kind ({@code null})
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public void exportCsv(AdministrativeChange.@Nullable Kind kind, List<String> headers,
                          Function<AdministrativeChangeEntry, List<String>> fields, Writer out) {
        Csv.export(out, headers, changes.stream(kind, null, null, Csv.BATCH), fields);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int count(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from, @Nullable Instant to) {
        return changes.count(kind, from, to);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
