package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.article.repository.ArticleRepository;
import cn.gxnews.portal.article.repository.EditLockRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Soft edit locks: while one member edits an article, others see who it is and since when, and their saves
 * are refused; an editor of the office may take the lock over. A lock whose holder stops sending heartbeats
 * (closed the tab, lost the network) expires by itself. Kept in the database, so it holds across instances.
 */
@Service
public class EditLockService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";

    private final EditLockRepository locks;
    private final ArticleRepository articles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration expiry;

    EditLockService(EditLockRepository locks, ArticleRepository articles, CurrentUser currentUser, Clock clock,
                    PortalProperties properties) {
        this.locks = locks;
        this.articles = articles;
        this.currentUser = currentUser;
        this.clock = clock;
        this.expiry = properties.editLock().expiry();
    }

    /** How long a lock lasts without a heartbeat. */
    public Duration expiry() {
        return expiry;
    }

    /**
     * Takes the lock for the signed-in member if nobody else holds it.
     *
     * @return the other member's lock when they hold it; empty when the signed-in member now holds it
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Optional<EditLock> acquire(ArticleId id) {
        StaffMember actor = currentUser.require();
        Article article = visible(id, actor);
        if (!Transition.mayEdit(actor, article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        Optional<EditLock> current = locks.findForUpdate(id);
        if (current.isPresent() && current.get().holderId() != actor.id()
                && !current.get().isExpired(clock.instant(), expiry)) {
            return current;
        }
        locks.take(id, actor.id());
        return Optional.empty();
    }

    /** An editor of the office takes the lock from whoever holds it. */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional
    public void takeOver(ArticleId id) {
        StaffMember actor = currentUser.require();
        Article article = visible(id, actor);
        if (!Transition.isEditorOf(actor, article.officeCode())) {
            throw new NotAllowedException("error.lock.takeOverNotAllowed");
        }
        locks.findForUpdate(id);
        locks.take(id, actor.id());
    }

    /** Keeps the member's lock alive; false when someone took it over (then the member must stop editing). */
    @PreAuthorize(STAFF)
    @Transactional
    public boolean heartbeat(ArticleId id) {
        return locks.heartbeat(id, currentUser.require().id(), clock.instant());
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void release(ArticleId id) {
        locks.release(id, currentUser.require().id());
    }

    /** Refuses a write while another member holds a live lock on the article. */
    void checkNotHeldByOther(ArticleId id, StaffMember actor) {
        locks.findForUpdate(id)
                .filter(lock -> lock.holderId() != actor.id() && !lock.isExpired(clock.instant(), expiry))
                .ifPresent(lock -> {
                    throw new NotAllowedException("error.lock.heldBy", lock.holderName(), lock.since());
                });
    }

    private Article visible(ArticleId id, StaffMember actor) {
        return articles.find(id, ArticleScope.of(actor)).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
