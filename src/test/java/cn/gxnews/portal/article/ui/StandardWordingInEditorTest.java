package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer sees every wrong form of the standard wording on saving, in its context, and replaces it with one
 * click; a "block" pair keeps the draft from being submitted and the refusal names it.
 */
class StandardWordingInEditorTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Test
    void saving_lists_each_wrong_form_in_context_and_one_click_puts_the_right_form_in_its_place() {
        login("author.nanning");
        open("article/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "南宁分公司参加中国东盟博览会");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "分公司展台介绍广西自治区特色产品。");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "展会在南宁举行。");

        _click(_get(Button.class, spec -> spec.withText("保存")));

        Div hits = _get(Div.class, spec -> spec.withClasses("wording-hits"));
        assertThat(hits.isVisible()).isTrue();
        assertThat(_find(hits, Paragraph.class, spec -> spec.withClasses("wording-hit"))).extracting(line -> line.getElement().getTextRecursively())
                .containsExactly(
                        "提醒 标题：…南宁分公司参加中国东盟博览会… → 中国—东盟博览会（正式名称用一字线（—）连接，在南宁举办）改为“中国—东盟博览会”",
                        "禁止提交 摘要：…分公司展台介绍广西自治区特色产品。… → 广西壮族自治区（自治区全称须含“壮族”）改为“广西壮族自治区”");

        _click(_get(hits, Button.class, spec -> spec.withText("改为“广西壮族自治区”")));

        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getValue())
                .isEqualTo("分公司展台介绍广西壮族自治区特色产品。");
        assertThat(_find(hits, Paragraph.class, spec -> spec.withClasses("wording-hit"))).hasSize(1);
        _click(_get(hits, Button.class, spec -> spec.withText("改为“中国—东盟博览会”")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo("南宁分公司参加中国—东盟博览会");
        assertThat(hits.isVisible()).isFalse();
    }

    @Test
    void a_blocking_wrong_form_refuses_submission_naming_it_and_the_text_stays() {
        login("author.nanning");
        open("article/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "广西省举办职工运动会");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "南宁分公司派队参加。");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "运动会为期三天。");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("wording-hits-heading")).getText())
                .isEqualTo("稿件含有须改正的用语：广西省→广西壮族自治区。请改为规范写法后再提交");
        assertThat(notifications()).anyMatch(text -> text.contains("稿件还不能提交"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo("广西省举办职工运动会");

        _click(_get(Button.class, spec -> spec.withText("改为“广西壮族自治区”")));
        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        assertThat(notifications()).contains("已提交审核");
        assertThat(as("author.nanning", () -> articles.find(idOf("广西壮族自治区举办职工运动会"))).state())
                .isEqualTo(ArticleState.IN_REVIEW);
    }
}
