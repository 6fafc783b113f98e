package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleScope;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

import static cn.gxnews.portal.DemoTitles.GUILIN_CHANGES_REQUESTED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The article repository and the schema's own guarantees, on the real PostgreSQL. */
class ArticleRepositoryTest extends AbstractIntegrationTest {

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void reads_the_article_with_its_working_revision_and_its_audit_trail() {
        Article article = articles.find(idOf(GUILIN_CHANGES_REQUESTED), scopeOf(editor(5, "guilin"))).orElseThrow();

        assertThat(article.officeCode()).isEqualTo("guilin");
        assertThat(article.authorName()).isEqualTo("蒋涛（桂林撰稿）");
        assertThat(article.state()).isEqualTo(ArticleState.CHANGES_REQUESTED);
        assertThat(article.working().content().title()).isEqualTo(GUILIN_CHANGES_REQUESTED);
        assertThat(article.history()).extracting(e -> e.to()).containsExactly(
                ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.CHANGES_REQUESTED);
        assertThat(article.history().getLast().comment()).startsWith("请补充活动的时间");
    }

    @Test
    void the_scope_limits_what_a_member_sees_in_sql() {
        ArticleId liuzhouDraft = idOf(LIUZHOU_DRAFT);
        long liuzhouAuthor = userId("author.liuzhou");

        assertThat(articles.find(liuzhouDraft, scopeOf(author(liuzhouAuthor, "liuzhou")))).isPresent();
        assertThat(articles.find(liuzhouDraft, scopeOf(author(userId("author.nanning"), "nanning")))).isEmpty();
        assertThat(articles.find(liuzhouDraft, scopeOf(editor(userId("editor.liuzhou"), "liuzhou")))).isPresent();
        assertThat(articles.find(liuzhouDraft, scopeOf(editor(userId("editor.guilin"), "guilin")))).isEmpty();
        assertThat(articles.find(liuzhouDraft, scopeOf(editor(userId("editor.all"), null)))).isPresent();
        // the same author moved to another office no longer sees the old office's drafts
        assertThat(articles.find(liuzhouDraft, scopeOf(author(liuzhouAuthor, "guilin")))).isEmpty();
    }

    @Test
    void a_save_based_on_an_old_version_writes_nothing() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        long author = userId("author.liuzhou");

        boolean updated = transaction.execute(status -> {
            long revision = articles.insertRevision(id, ArticleDraft.of("新标题", "", List.of("正文")), author, null);
            return articles.updateWorkingRevision(id, 99, revision, author);
        });

        assertThat(updated).isFalse();
        assertThat(db.fetchValue("select title from article a join article_revision r on r.id = a.working_revision_id "
                + "where a.id = ?", id.value())).isEqualTo(LIUZHOU_DRAFT);
    }

    @Test
    void the_database_refuses_a_state_that_does_not_exist() {
        assertThatThrownBy(() -> db.execute("update article set state = 'ARCHIVED' where id = ?",
                idOf(LIUZHOU_DRAFT).value()))
                .hasMessageContaining("article_state");
    }

    @Test
    void the_database_refuses_a_published_article_without_a_published_revision() {
        assertThatThrownBy(() -> db.execute("update article set state = 'PUBLISHED' where id = ?",
                idOf(LIUZHOU_IN_REVIEW).value()))
                .hasMessageContaining("article_published_is_live_and_current");
    }

    @Test
    void the_database_refuses_changes_requested_without_a_reason() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        assertThatThrownBy(() -> db.execute("""
                insert into workflow_event (article_id, revision_id, from_state, to_state, transition, actor_id, comment)
                select id, working_revision_id, 'IN_REVIEW', 'CHANGES_REQUESTED', 'REQUEST_CHANGES', ?, '  '
                from article where id = ?""",
                userId("editor.liuzhou"), id.value()))
                .hasMessageContaining("workflow_event_changes_need_reason");
    }

    @Test
    void the_database_refuses_a_working_revision_of_another_article() {
        long otherRevision = db.fetchSingle("select working_revision_id from article where id = ?",
                idOf(LIUZHOU_IN_REVIEW).value()).get(0, Long.class);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> db.execute(
                "update article set working_revision_id = ? where id = ?", otherRevision, idOf(LIUZHOU_DRAFT).value())))
                .hasMessageContaining("article_working_revision_fk");
    }

    @Test
    void usernames_are_unique_regardless_of_case() {
        assertThatThrownBy(() -> db.execute("""
                insert into staff_user (username, display_name, password_hash, office_code, roles)
                values ('Author.Liuzhou', '另一个人', 'x', 'liuzhou', '{AUTHOR}')"""))
                .hasMessageContaining("staff_user_username_key");
    }

    @Test
    void only_editors_and_administrators_may_work_for_all_offices() {
        assertThatThrownBy(() -> db.execute("""
                insert into staff_user (username, display_name, password_hash, office_code, roles)
                values ('author.everywhere', '到处写', 'x', null, '{AUTHOR}')"""))
                .hasMessageContaining("staff_user_all_offices_not_for_authors");
    }

    private long userId(String username) {
        return db.fetchSingle("select id from staff_user where username = ?", username).get(0, Long.class);
    }

    private static ArticleScope scopeOf(StaffMember member) {
        return ArticleScope.of(member);
    }

    private static StaffMember author(long id, String office) {
        return new StaffMember(id, "someone", "某人", office, Set.of(StaffRole.AUTHOR), true);
    }

    private static StaffMember editor(long id, @Nullable String office) {
        return new StaffMember(id, "someone", "某人", office, Set.of(StaffRole.EDITOR), true);
    }
}
