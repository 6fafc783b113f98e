package cn.gxnews.portal.notification;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.ArticleTransitioned;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.notification.repository.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each notification by e-mail too, when an SMTP server is configured ({@code spring.mail.host}) and the
 * recipient has an address. Runs after the transition's transaction has committed, so a transition that
 * failed never sends mail, and a mail server that fails never undoes a transition. The event publication
 * registry (decision 0020) records this work in the transition's transaction: when the mail server is away, or
 * the portal stops before all mail went out, the work stays unfinished and is done again later (at the next
 * start, and every few minutes), sending only what was not sent yet.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final Translations translations;
    private final String from;
    private final String deskUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
                       Translations translations, PortalProperties properties) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.translations = translations;
        this.from = properties.mail().from();
        this.deskUrl = properties.deskUrl();
    }

    @TransactionalEventListener
    void afterCommit(ArticleTransitioned event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        Transition transition = event.transition();
        if (sender == null) {
            return;
        }
        String actor = notifications.actorName(event.eventId())
                .orElseGet(() -> translations.getTranslation("scheduler.name", Translations.CHINESE));
        int failed = 0;
        for (var recipient : notifications.unmailedRecipients(event.eventId())) {
            if (!notifications.claimMail(recipient.notificationId())) {
                continue;
            }
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(recipient.email());
            String sentence = translations.getTranslation("notification." + transition.name(), Translations.CHINESE,
                    actor, event.title());
            mail.setSubject(translations.getTranslation("mail.subject", Translations.CHINESE, sentence));
            mail.setText(translations.getTranslation("mail.body", Translations.CHINESE, recipient.name(), sentence,
                    deskUrl + "/notifications"));
            try {
                sender.send(mail);
            } catch (MailException e) {
                notifications.releaseMail(recipient.notificationId());
                failed++;
                log.warn("Could not send the notification mail to {}: {}", recipient.email(), e.getMessage());
            }
        }
        if (failed > 0) {
            // leaves the publication unfinished in the registry, to be resubmitted
            throw new MailNotSentException(failed, event.eventId());
        }
    }

    /** Some notification mails of an event could not be handed to the mail server; they are sent again later. */
    static final class MailNotSentException extends RuntimeException {

        MailNotSentException(int failed, long eventId) {
            super(failed + " notification mail(s) of workflow event " + eventId + " not sent yet");
        }
    }
}
