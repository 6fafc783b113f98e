package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Autosave;
import cn.gxnews.portal.article.Block;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;

/** The autosave repository on the real PostgreSQL. */
class AutosaveRepositoryTest extends AbstractIntegrationTest {

    @Autowired
    private AutosaveRepository autosaves;

    @Test
    void an_autosave_made_before_the_portal_kept_its_revision_comes_back_without_one() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        long author = db.fetchSingle("select id from staff_user where username = 'author.liuzhou'")
                .get(0, Long.class);
        db.execute("""
                insert into draft_autosave (article_id, user_id, base_version, base_revision, title, summary, body)
                values (?, ?, 0, null, '未保存的标题', '未保存的摘要', '[{"type": "paragraph", "text": "未保存的正文"}]')""",
                id.value(), author);

        Autosave autosave = autosaves.find(id, author).orElseThrow();

        assertThat(autosave.base()).isNull();
        assertThat(autosave.content().title()).isEqualTo("未保存的标题");
        assertThat(autosave.content().body()).containsExactly(new Block.Paragraph("未保存的正文"));
    }
}
