package cn.gxnews.portal.review;

import cn.gxnews.portal.review.query.ReviewQueueQuery;
import cn.gxnews.portal.review.query.StateCountQuery;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Stream;

/**
 * The review queue and the dashboard: what waits for an editor's decision in their office (every office for
 * an all-offices editor). The decisions themselves are workflow transitions of the news feature.
 */
@Service
public class ReviewService {

    private final ReviewQueueQuery queue;
    private final StateCountQuery stateCounts;
    private final CurrentUser currentUser;

    ReviewService(ReviewQueueQuery queue, StateCountQuery stateCounts, CurrentUser currentUser) {
        this.queue = queue;
        this.stateCounts = stateCounts;
        this.currentUser = currentUser;
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
