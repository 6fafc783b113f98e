package cn.gxnews.portal.notification;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Transition;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.DemoTitles.GUILIN_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors hear about submissions and authors about decisions, in the desk and by e-mail (here to an
 * in-process SMTP server).
 */
class NotificationsTest extends AbstractIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private NotificationService notifications;

    @Test
    void the_offices_editors_are_told_when_something_is_submitted_and_by_mail_too() throws Exception {
        db.execute("update staff_user set email = username || '@gxnews.example'");
        Article draft = as("author.liuzhou", () -> articles.createDraft(cn.gxnews.portal.article.ArticleDraft.of(
                LIUZHOU_DRAFT + "（完整版）", "新员工培训两天。", java.util.List.of("本周举办了新员工培训。"))));
        ArticleId id = draft.id();
        int liuzhouBefore = as("editor.liuzhou", () -> notifications.unreadCount());
        int allBefore = as("editor.all", () -> notifications.unreadCount());
        int guilinBefore = as("editor.guilin", () -> notifications.unreadCount());
        int version = as("author.liuzhou", () -> articles.find(id)).version();

        as("author.liuzhou", () -> articles.submit(id, version));

        assertThat(as("editor.liuzhou", () -> notifications.unreadCount())).isEqualTo(liuzhouBefore + 1);
        assertThat(as("editor.all", () -> notifications.unreadCount())).isEqualTo(allBefore + 1);
        assertThat(as("editor.guilin", () -> notifications.unreadCount())).isEqualTo(guilinBefore);
        Notice notice = as("editor.liuzhou", () -> notifications.mine(0, 1).findFirst().orElseThrow());
        assertThat(notice.transition()).isEqualTo(Transition.SUBMIT);
        assertThat(notice.articleTitle()).isEqualTo(LIUZHOU_DRAFT + "（完整版）");
        assertThat(notice.actorName()).isEqualTo("韦强（柳州撰稿）");

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("editor.liuzhou@gxnews.example", "editor.all@gxnews.example");
        assertThat(mails[0].getSubject()).isEqualTo("【新闻工作台】韦强（柳州撰稿） 提交了《" + LIUZHOU_DRAFT + "（完整版）》，等待审核");
        assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
    }

    @Test
    void the_author_is_told_of_the_decision_and_reads_it_once() {
        ArticleId id = idOf(GUILIN_IN_REVIEW);
        int before = as("author.guilin", () -> notifications.unreadCount());
        Article inReview = as("editor.guilin", () -> articles.find(id));

        as("editor.guilin", () -> review.requestChanges(id, inReview.version(), "请补充数据。"));

        assertThat(as("author.guilin", () -> notifications.unreadCount())).isEqualTo(before + 1);
        Notice notice = as("author.guilin", () -> notifications.mine(0, 1).findFirst().orElseThrow());
        assertThat(notice.transition()).isEqualTo(Transition.REQUEST_CHANGES);
        assertThat(notice.comment()).isEqualTo("请补充数据。");
        as("author.guilin", () -> {
            notifications.markRead(notice.id());
            return null;
        });
        assertThat(as("author.guilin", () -> notifications.unreadCount())).isEqualTo(before);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void nobody_is_told_about_their_own_action() {
        Article own = as("editor.liuzhou", () -> articles.createDraft(
                cn.gxnews.portal.article.ArticleDraft.of("编辑自己的稿件", "摘要", java.util.List.of("正文"))));
        int before = as("editor.liuzhou", () -> notifications.unreadCount());

        as("editor.liuzhou", () -> articles.submit(own.id(), own.version()));

        assertThat(as("editor.liuzhou", () -> notifications.unreadCount())).isEqualTo(before);
    }
}
