package cn.gxnews.portal.notification;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification mail that could not go out (the mail server was away, or the portal stopped after the change
 * was committed) is not lost: the event publication registry keeps the work until it is done, and doing it
 * again sends only the mails that were not sent (decision 0020).
 */
class MailAfterAnOutageTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private IncompleteEventPublications unfinished;

    @Test
    void mails_that_could_not_be_sent_go_out_once_when_the_unfinished_work_is_done_again() throws Exception {
        db.execute("update staff_user set email = username || '@gxnews.example'");
        Article draft = as("author.liuzhou", () -> articles.createDraft(ArticleDraft.of("柳州分公司召开安全生产会议",
                "会议部署了年底安全工作。", List.of("本周，柳州分公司召开安全生产会议。"))));

        // the mail server is away while the article is submitted
        as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));

        assertThat(unfinishedWork()).isEqualTo(1);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            unfinished.resubmitIncompletePublications(publication -> true);

            assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
            assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                    .containsExactlyInAnyOrder("editor.liuzhou@gxnews.example", "editor.all@gxnews.example");
            assertThat(unfinishedWork()).isZero();

            unfinished.resubmitIncompletePublications(publication -> true);
            assertThat(smtp.waitForIncomingEmail(1000, 3)).isFalse();
            assertThat(smtp.getReceivedMessages()).hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    /** Publications of after-commit work not done yet (finished ones are deleted). */
    private int unfinishedWork() {
        return db.fetchCount(db.selectFrom("event_publication").where("completion_date is null"));
    }
}
