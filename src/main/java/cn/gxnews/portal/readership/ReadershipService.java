package cn.gxnews.portal.readership;

import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.readership.query.ReadershipQuery;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readership figures of the desk: views per day and the most read articles, for an editor's office or, for
 * an editor of all offices, any office or the whole company; and each article's own views for its office's
 * staff. Counts are written every few seconds ({@link ReadershipCounter}), so the figures lag by that much.
 */
@Service
public class ReadershipService {

    /** The longest period the desk asks for: a year. */
    public static final int MAX_DAYS = 366;
    private static final String EDITOR = "hasRole('" + Roles.EDITOR + "')";
    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";

    private final ReadershipQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReadershipService(ReadershipQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Views per day of the last {@code days} days (today included), per office in the offices' order, with a
     * zero for each day without views.
     *
     * @param officeCode one office, or {@code null} for every office the editor may see
     */
    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public Map<String, List<DayViews>> viewsPerDay(@Nullable String officeCode, int days) {
        @Nullable String office = office(officeCode);
        LocalDate today = today();
        LocalDate from = today.minusDays(period(days) - 1L);
        Map<String, Map<LocalDate, Long>> counted = query.viewsPerOfficeAndDay(office, from, today);
        Map<String, List<DayViews>> result = new LinkedHashMap<>();
        for (String code : query.offices(office)) {
            Map<LocalDate, Long> ofOffice = counted.getOrDefault(code, Map.of());
            List<DayViews> perDay = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                perDay.add(new DayViews(day, ofOffice.getOrDefault(day, 0L)));
            }
            result.put(code, List.copyOf(perDay));
        }
        return result;
    }

    /** The most read articles of the last {@code days} days (today included). */
    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public List<MostRead> mostRead(@Nullable String officeCode, int days, int limit) {
        return query.mostRead(office(officeCode), today().minusDays(period(days) - 1L), Math.clamp(limit, 1, 100));
    }

    /** An article's views, for the staff of its office (the editor and the review screen show them). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public ArticleViews viewsOf(long articleId) {
        var office = query.officeOf(articleId);
        if (office.isEmpty()) {
            return new ArticleViews(0, 0);
        }
        if (!currentUser.require().worksFor(office.get())) {
            throw new NotAllowedException("error.readership.otherOffice");
        }
        return query.viewsOf(articleId, today().minusDays(6));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Translations.ZONE);
    }

    private static int period(int days) {
        return Math.clamp(days, 1, MAX_DAYS);
    }

    /** Editors see their own office; an editor of all offices may pick one or see all. */
    private @Nullable String office(@Nullable String officeCode) {
        StaffMember editor = currentUser.require();
        if (editor.officeCode() != null) {
            if (officeCode != null && !officeCode.equals(editor.officeCode())) {
                throw new NotAllowedException("error.readership.otherOffice");
            }
            return editor.officeCode();
        }
        return officeCode;
    }
}
