package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.TransitionRequest;
import cn.gxnews.portal.article.Workflow;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.editorial.query.EditorialStatsQuery;
import cn.gxnews.portal.editorial.query.ReviewQueueQuery;
import cn.gxnews.portal.editorial.query.StateCountQuery;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The editors' side of the workflow: the review queue and the dashboard (what waits for a decision in their
 * office, every office for an all-offices editor), and the decisions themselves: send back, approve and publish
 * or schedule, take offline, put back online. The rules of each decision are {@link Transition}'s, checked by
 * the {@link Workflow} for the signed-in editor.
 */
@Service
public class ReviewService {

    private static final String EDITOR = "hasRole('" + Roles.EDITOR + "')";
    /** Who may take a review level: editors, and the company's publishers (the levels offices give them). */
    private static final String REVIEWER = "hasAnyRole('" + Roles.EDITOR + "', '" + Roles.PUBLISHER + "')";

    private final ReviewQueueQuery queue;
    private final StateCountQuery stateCounts;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final Clock clock;
    private final EditorialStatsQuery stats;
    private final DashboardCharts charts;

    ReviewService(ReviewQueueQuery queue, StateCountQuery stateCounts, CurrentUser currentUser, Workflow workflow,
                  Clock clock, EditorialStatsQuery stats, DashboardCharts charts) {
        this.stats = stats;
        this.queue = queue;
        this.stateCounts = stateCounts;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.clock = clock;
        this.charts = charts;
    }

    /** Sends the article back to its author; the reason is required and shown to the author. */
    @PreAuthorize(REVIEWER)
    @Transactional
    public Article requestChanges(ArticleId id, int expectedVersion, String reason) {
        if (reason.isBlank()) {
            throw new ReasonMissingException();
        }
        PlainText.check("review.reason", reason, true);
        return workflow.take(new TransitionRequest(Transition.REQUEST_CHANGES, id, expectedVersion, reason.strip(), null,
                null));
    }

    /**
     * Approves the article and puts it online at once. The editor must not have written or changed the revision,
     * and it must pass the checks of submission again.
     *
     * @param unpublishAt when it should go offline by itself, if ever
     */
    @PreAuthorize(REVIEWER)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion, @Nullable Instant unpublishAt) {
        checkUnpublishTime(clock.instant(), unpublishAt);
        return workflow.take(new TransitionRequest(Transition.APPROVE_AND_PUBLISH, id, expectedVersion, null, null,
                unpublishAt));
    }

    /** Approves the article and puts it online at once, with no end date. */
    @PreAuthorize(REVIEWER)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion) {
        return approveAndPublish(id, expectedVersion, null);
    }

    /**
     * Approves the article to go online at a later time (and optionally offline again later still); the same
     * rules as {@link #approveAndPublish(ArticleId, int, Instant)}.
     */
    @PreAuthorize(REVIEWER)
    @Transactional
    public Article approveAndSchedule(ArticleId id, int expectedVersion, Instant publishAt,
                                      @Nullable Instant unpublishAt) {
        if (!publishAt.isAfter(clock.instant())) {
            throw ScheduleTimeRefusedException.publishNotInFuture();
        }
        checkUnpublishTime(publishAt, unpublishAt);
        return workflow.take(new TransitionRequest(Transition.APPROVE_AND_SCHEDULE, id, expectedVersion, null, publishAt,
                unpublishAt));
    }

    /**
     * Approves the article's current review level when it is not the office's last: the article waits for the
     * next level, whose reviewers are told. Whoever takes it must take the level (the office's editors, or the
     * company's publishers), must not have written or changed the revision, nor approved an earlier level of
     * this round; the text must pass the checks of submission again.
     *
     * @param comment what the reviewer says to the next levels, if anything
     */
    @PreAuthorize(REVIEWER)
    @Transactional
    public Article approveLevel(ArticleId id, int expectedVersion, @Nullable String comment) {
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (said != null) {
            PlainText.check("review.levelComment", said, true);
        }
        return workflow.take(new TransitionRequest(Transition.APPROVE_LEVEL, id, expectedVersion, said, null, null));
    }

    /** Takes the article offline; an edit in progress stays where it is. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article unpublish(ArticleId id, int expectedVersion) {
        return workflow.take(TransitionRequest.of(Transition.UNPUBLISH, id, expectedVersion));
    }

    /** Puts the last published revision back online. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article republish(ArticleId id, int expectedVersion) {
        return workflow.take(TransitionRequest.of(Transition.REPUBLISH, id, expectedVersion));
    }

    private static void checkUnpublishTime(Instant onlineFrom, @Nullable Instant unpublishAt) {
        if (unpublishAt != null && !unpublishAt.isAfter(onlineFrom)) {
            throw ScheduleTimeRefusedException.unpublishNotAfterPublish();
        }
    }

    /** How many articles stand in each state, per office the editor works for. */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public List<StateCounts> countsByOffice() {
        return stateCounts.countByOfficeAndState(currentUser.require().officeCode()).entrySet().stream()
                .map(e -> new StateCounts(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * First publications per week of the last {@code weeks} weeks (this one included, weeks start on Monday,
     * Beijing time), per office the editor works for, in the offices' order, with a zero for a week without any.
     */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public Map<String, List<WeekPublications>> publicationsPerWeek(int weeks) {
        @Nullable String office = currentUser.require().officeCode();
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), Translations.ZONE).with(DayOfWeek.MONDAY);
        LocalDate first = thisWeek.minusWeeks(Math.clamp(weeks, 1, 104) - 1L);
        return charts.kept("publications " + office + " " + first, () -> publicationsPerWeek(office, first, thisWeek));
    }

    private Map<String, List<WeekPublications>> publicationsPerWeek(@Nullable String office, LocalDate first,
                                                                    LocalDate thisWeek) {
        Map<String, Map<LocalDate, Integer>> counted = stats.firstPublicationsPerWeek(office, first);
        Map<String, List<WeekPublications>> result = new LinkedHashMap<>();
        for (String code : stateCounts.officeCodes(office)) {
            Map<LocalDate, Integer> ofOffice = counted.getOrDefault(code, Map.of());
            List<WeekPublications> perWeek = new ArrayList<>();
            for (LocalDate week = first; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
                perWeek.add(new WeekPublications(week, ofOffice.getOrDefault(week, 0)));
            }
            result.put(code, List.copyOf(perWeek));
        }
        return result;
    }

    /**
     * How long reviews took per office the editor works for (in the offices' order): the median and slowest
     * time from submission to decision, over the decisions of the last {@code days} days.
     */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public List<ReviewTurnaround> reviewTurnaround(int days) {
        @Nullable String office = currentUser.require().officeCode();
        int span = Math.clamp(days, 1, 366);
        return charts.kept("turnaround " + office + " " + span, () -> {
            Map<String, ReviewTurnaround> measured = stats.turnaround(office, clock.instant().minus(Duration.ofDays(span)));
            return stateCounts.officeCodes(office).stream()
                    .map(code -> measured.getOrDefault(code, new ReviewTurnaround(code, 0, Duration.ZERO, Duration.ZERO)))
                    .toList();
        });
    }

    /**
     * What waits for the signed-in reviewer's level, oldest submission first: for an editor, the articles of
     * their office (every office for an editor of all) whose current level the office's editors take; for a
     * publisher, those of every office whose current level is the publishers'.
     */
    @PreAuthorize(REVIEWER)
    @Transactional(readOnly = true)
    public Stream<ReviewQueueItem> queue(int offset, int limit) {
        return queue.findPage(reviewer(), offset, limit);
    }

    @PreAuthorize(REVIEWER)
    @Transactional(readOnly = true)
    public int count() {
        return queue.count(reviewer());
    }

    private ReviewQueueQuery.Reviewer reviewer() {
        StaffMember member = currentUser.require();
        return new ReviewQueueQuery.Reviewer(member.hasRole(StaffRole.EDITOR), member.officeCode(),
                member.hasRole(StaffRole.PUBLISHER), null);
    }
}
