package cn.gxnews.portal.article;

import cn.gxnews.portal.article.query.ArticleListQuery;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The offices' recycle bins (decision 0025). Authors move their own drafts that were never published there;
 * editors of the office any article readers do not see (a published one is taken offline first). The bin keeps
 * everything for {@code portal.recycle-bin.keep}; the author or an editor of the office may restore it until
 * then; administrators may empty every bin at once. Moving in and out are workflow transitions, so each is in
 * the audit trail, and the office rule holds here as everywhere: another office's article is not found.
 */
@Service
public class RecycleBinService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";

    private final Workflow workflow;
    private final ArticleListQuery lists;
    private final RecycleBinPurge purge;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RecycleBinService(Workflow workflow, ArticleListQuery lists, RecycleBinPurge purge, CurrentUser currentUser,
                      ApplicationEventPublisher events) {
        this.workflow = workflow;
        this.events = events;
        this.lists = lists;
        this.purge = purge;
        this.currentUser = currentUser;
    }

    /** How long the bin keeps an article: a setting, not data (the desk tells the member). */
    @PreAuthorize("permitAll()")
    public Duration keep() {
        return purge.keep();
    }

    /** Moves the article to its office's recycle bin; one in review or on a schedule becomes a draft again. */
    @PreAuthorize(STAFF)
    @Transactional
    public Article moveToBin(ArticleId id, int expectedVersion) {
        return workflow.take(TransitionRequest.of(Transition.MOVE_TO_BIN, id, expectedVersion));
    }

    /** Takes the article out of the recycle bin, as it was when it was moved there. */
    @PreAuthorize(STAFF)
    @Transactional
    public Article restore(ArticleId id, int expectedVersion) {
        return workflow.take(TransitionRequest.of(Transition.RESTORE_FROM_BIN, id, expectedVersion));
    }

    /** The binned articles the member may see (their own, and as an editor their office's), newest first. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Stream<BinnedArticle> binned(int offset, int limit) {
        return lists.findBinned(ArticleScope.of(currentUser.require()), purge.keep(), offset, limit);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public int countBinned() {
        return lists.countBinned(ArticleScope.of(currentUser.require()));
    }

    /**
     * Deletes everything in every office's recycle bin for good, now; recorded in the administrative changes.
     * Returns how many articles.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int empty() {
        int purged = purge.purgeAll();
        if (purged > 0) {
            events.publishEvent(new AdministrativeChange(AdministrativeChange.Kind.RECYCLE_BIN_EMPTIED,
                    String.valueOf(purged), Map.of(), Map.of("articles", String.valueOf(purged))));
        }
        return purged;
    }

    /** How many articles wait in all the bins together, for the administrator who would empty them. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int countAll() {
        return lists.countAllBinned();
    }
}
