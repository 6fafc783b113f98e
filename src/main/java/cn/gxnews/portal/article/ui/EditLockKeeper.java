package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.EditLock;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * The soft edit lock of the article being edited: claims it when the member may edit, keeps it alive with a
 * heartbeat while it is on screen, and lets it go when it leaves the screen (the heartbeat starts on attach and
 * stops on detach, so a writer who moves on never holds the lock until it expires). While another member holds
 * the lock it says who, and offers an editor of the article's office to take it over.
 */
class EditLockKeeper extends Div {

    private final EditLockService locks;
    private final CurrentUser currentUser;
    private final Runnable lost;
    private final Runnable tookOver;
    private @Nullable Article article;
    private boolean holds;
    private @Nullable Registration heartbeat;

    /**
     * @param lost     someone else holds the lock: the editor stops taking input (and keeps what is there)
     * @param tookOver the member took the lock over: the editor shows the latest text, editable again
     */
    EditLockKeeper(EditLockService locks, CurrentUser currentUser, Runnable lost, Runnable tookOver) {
        this.locks = locks;
        this.currentUser = currentUser;
        this.lost = lost;
        this.tookOver = tookOver;
        addClassName("lock-banner");
        setVisible(false);
        addAttachListener(attach -> startHeartbeat(attach.getUI()));
        addDetachListener(detach -> {
            stopHeartbeat(detach.getUI());
            release();
        });
    }

    /** Claims the lock on the article if the member may edit it; says who holds it when someone else does. */
    void keep(Article shown) {
        article = shown;
        holds = false;
        setVisible(false);
        if (!Transition.mayEdit(currentUser.require(), shown)) {
            return;
        }
        Optional<EditLock> other = locks.acquire(shown.id());
        if (other.isPresent()) {
            showHeldBy(other.get());
            return;
        }
        holds = true;
        getUI().ifPresent(this::startHeartbeat);
    }

    private void showHeldBy(EditLock lock) {
        removeAll();
        add(new Paragraph(getTranslation("lock.heldBy", lock.holderName(), Translations.formatDateTime(lock.since()))));
        StaffMember member = currentUser.require();
        if (article != null && member.hasRole(StaffRole.EDITOR) && member.worksFor(article.officeCode())) {
            Button takeOver = new Button(getTranslation("lock.takeOver"), click -> takeOver());
            takeOver.addThemeVariants(ButtonVariant.ERROR);
            add(takeOver);
        }
        setVisible(true);
        lost.run();
    }

    private void takeOver() {
        Article current = article;
        if (current == null) {
            return;
        }
        try {
            locks.takeOver(current.id());
            holds = true;
            setVisible(false);
            tookOver.run();
            getUI().ifPresent(this::startHeartbeat);
            Notices.success(getTranslation("lock.takenOver"));
        } catch (PortalException e) {
            Notices.error(e);
        }
    }

    private void startHeartbeat(UI ui) {
        if (heartbeat != null || !holds) {
            return;
        }
        ui.setPollInterval((int) locks.expiry().toMillis() / 3);
        heartbeat = ui.addPollListener(poll -> heartbeat());
    }

    /** Keeps the lock; when someone took it over, says who, and the editor stops taking input. */
    private void heartbeat() {
        Article current = article;
        if (current == null || !holds) {
            return;
        }
        if (!locks.heartbeat(current.id())) {
            holds = false;
            getUI().ifPresent(this::stopHeartbeat);
            locks.acquire(current.id()).ifPresent(this::showHeldBy);
        }
    }

    private void stopHeartbeat(UI ui) {
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
            ui.setPollInterval(-1);
        }
    }

    private void release() {
        Article current = article;
        if (holds && current != null) {
            holds = false;
            try {
                locks.release(current.id());
            } catch (RuntimeException e) {
                // The session is ending without its sign-in (it timed out): the lock expires by itself.
            }
        }
    }
}
