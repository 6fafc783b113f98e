package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.TextLengthRefusedException;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.TransitionRequest;
import cn.gxnews.portal.article.Workflow;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.editorial.query.ReviewQueueQuery;
import cn.gxnews.portal.editorial.query.StateCountQuery;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
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

    private final ReviewQueueQuery queue;
    private final StateCountQuery stateCounts;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final Clock clock;

    ReviewService(ReviewQueueQuery queue, StateCountQuery stateCounts, CurrentUser currentUser, Workflow workflow,
                  Clock clock) {
        this.queue = queue;
        this.stateCounts = stateCounts;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Sends the article back to its author; the reason is required and shown to the author. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article requestChanges(ArticleId id, int expectedVersion, String reason) {
        if (reason.isBlank()) {
            throw new TextLengthRefusedException("error.changes.reasonRequired");
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
    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion, @Nullable Instant unpublishAt) {
        checkUnpublishTime(clock.instant(), unpublishAt);
        return workflow.take(new TransitionRequest(Transition.APPROVE_AND_PUBLISH, id, expectedVersion, null, null,
                unpublishAt));
    }

    /** Approves the article and puts it online at once, with no end date. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion) {
        return approveAndPublish(id, expectedVersion, null);
    }

    /**
     * Approves the article to go online at a later time (and optionally offline again later still); the same
     * rules as {@link #approveAndPublish(ArticleId, int, Instant)}.
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndSchedule(ArticleId id, int expectedVersion, Instant publishAt,
                                      @Nullable Instant unpublishAt) {
        if (!publishAt.isAfter(clock.instant())) {
            throw ScheduleRefusedException.publishTimeInPast();
        }
        checkUnpublishTime(publishAt, unpublishAt);
        return workflow.take(new TransitionRequest(Transition.APPROVE_AND_SCHEDULE, id, expectedVersion, null, publishAt,
                unpublishAt));
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
            throw ScheduleRefusedException.unpublishTimeNotAfterPublishTime();
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

    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public Stream<ReviewQueueItem> queue(int offset, int limit) {
        StaffMember editor = currentUser.require();
        return queue.findPage(editor.officeCode(), offset, limit);
    }

    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public int count() {
        return queue.count(currentUser.require().officeCode());
    }
}
