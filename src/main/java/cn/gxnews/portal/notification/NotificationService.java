package cn.gxnews.portal.notification;

import cn.gxnews.portal.article.ArticleTransitioned;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.notification.repository.NotificationRepository;
import cn.gxnews.portal.office.ReviewTaker;
import cn.gxnews.portal.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who hears about a transition: the reviewers of the level an article now waits for when it is submitted or a
 * level is approved (the office's editors, or the company's publishers); the author when the
 * article is approved, sent back, published or taken offline. Written in the transition's own transaction,
 * so a notification exists exactly when its transition does.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ArticleTransitioned event) {
        notifications.insert(event.eventId(), recipients(event));
    }

    private List<Long> recipients(ArticleTransitioned event) {
        Transition transition = event.transition();
        List<Long> recipients = switch (transition) {
            // whoever takes the level the article now waits for: the first after a submission, the next after
            // a level's approval (the office's editors or the company's publishers, as the office decided)
            case SUBMIT, APPROVE_LEVEL -> event.waitsFor() == ReviewTaker.PUBLISHERS ? notifications.publishers()
                    : notifications.editorsOf(event.officeCode());
            case APPROVE_AND_PUBLISH, APPROVE_AND_SCHEDULE, REQUEST_CHANGES, PUBLISH_ON_SCHEDULE, UNPUBLISH,
                 UNPUBLISH_ON_SCHEDULE, REPUBLISH, MOVE_TO_BIN, RESTORE_FROM_BIN -> List.of(event.authorId());
            case CREATE, WITHDRAW, EDIT -> List.of();
        };
        return recipients.stream().filter(id -> !id.equals(event.actorId())).toList();
    }

    /** The signed-in member's notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Stream<Notice> mine(int offset, int limit) {
        return notifications.findByRecipient(currentUser.require().id(), offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countMine() {
        return notifications.count(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.countUnread(currentUser.require().id());
    }

    /** Marks one of the member's notifications read, or all of them ({@code null}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(@Nullable Long notificationId) {
        notifications.markRead(currentUser.require().id(), notificationId);
    }
}
