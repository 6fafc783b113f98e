package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.DatabaseSwitch;
import cn.gxnews.portal.article.ArticleId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** While the database is away, a save says so, writes nothing, and the editor keeps what was typed. */
class DatabaseAwayTest extends AbstractDeskTest {

    @Autowired
    private DataSource dataSource;

    private DatabaseSwitch database;

    @AfterEach
    void databaseIsBack() {
        if (database != null) {
            database.back();
        }
    }

    @Test
    void a_save_while_the_database_is_away_says_so_and_keeps_the_text() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "柳州分公司举办新员工培训（数据库停机时改的标题）");
        database = new DatabaseSwitch(dataSource);

        database.away();
        click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).anyMatch(text -> text.startsWith("数据库暂时无法访问，刚才的操作没有保存。"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue())
                .isEqualTo("柳州分公司举办新员工培训（数据库停机时改的标题）");
    }
}
