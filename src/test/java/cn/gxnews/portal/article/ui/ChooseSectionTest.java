package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The writer picks the article's section in the editor; a new article starts in the first one, 行业新闻. */
class ChooseSectionTest extends AbstractDeskTest {

    @Autowired
    private ArticleSectionService articleSections;

    @Autowired
    private SectionService sections;

    @Test
    void a_new_article_is_written_in_the_section_the_author_picked() {
        login("author.nanning");
        open("article/new");
        @SuppressWarnings("unchecked")
        Select<Section> section = _get(Select.class, spec -> spec.withLabel("栏目"));
        assertThat(section.getValue().nameZh()).isEqualTo("行业新闻");

        _setValue(section, sections.findBySlug("company").orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "南宁分公司举办开放日");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "欢迎客户参观。");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(as("author.nanning", () -> articleSections.sectionOf(idOf("南宁分公司举办开放日"))))
                .isEqualTo(sections.findBySlug("company").orElseThrow().id());
    }

    @Test
    void moving_a_draft_to_another_section_is_kept_and_shown_when_it_is_opened_again() {
        login("author.liuzhou");
        open("article/" + idOf(LIUZHOU_DRAFT).value());
        @SuppressWarnings("unchecked")
        Select<Section> section = _get(Select.class, spec -> spec.withLabel("栏目"));

        _setValue(section, sections.findBySlug("notices").orElseThrow());

        assertThat(notifications()).contains("稿件已移到栏目“通知公告”");
        open("article/" + idOf(LIUZHOU_DRAFT).value());
        @SuppressWarnings("unchecked")
        Select<Section> reopened = _get(Select.class, spec -> spec.withLabel("栏目"));
        assertThat(reopened.getValue().slug()).isEqualTo("notices");
    }

    @Test
    void an_author_cannot_move_an_article_in_review() {
        login("author.liuzhou");
        open("article/" + idOf(LIUZHOU_IN_REVIEW).value());

        assertThat(_get(Select.class, spec -> spec.withLabel("栏目")).isReadOnly()).isTrue();
    }
}
