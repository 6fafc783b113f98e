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
 * failed never sends mail, and a mail server that fails never undoes a transition.
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
        for (var recipient : notifications.mailRecipients(event.eventId())) {
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
                log.warn("Could not send the notification mail to {}: {}", recipient.email(), e.getMessage());
            }
        }
    }
}
