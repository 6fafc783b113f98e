package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail per office and time range, for editors, exportable as CSV. */
class AuditServiceTest extends AbstractIntegrationTest {

    @Autowired
    private AuditService audit;

    @Autowired
    private ArticleService articles;

    @Test
    void an_office_editor_sees_every_transition_of_their_office_only() {
        List<AuditEntry> liuzhou = as("editor.liuzhou", () ->
                audit.find(new AuditFilter(null, null, null), 0, 100).toList());

        assertThat(liuzhou).isNotEmpty().extracting(AuditEntry::officeCode).containsOnly("liuzhou");
        assertThat(liuzhou).filteredOn(e -> e.transition() == Transition.APPROVE_AND_PUBLISH)
                .extracting(AuditEntry::actorName).containsExactly("覃芳（柳州编辑）");
        assertThatThrownBy(() -> as("editor.liuzhou", () -> audit.find(new AuditFilter("guilin", null, null), 0, 10)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> as("author.liuzhou", () -> audit.find(new AuditFilter(null, null, null), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** How many entries of the trail the signed-in editor sees with the filter. */
    private int entries(AuditFilter filter) {
        return (int) audit.find(filter, 0, Integer.MAX_VALUE).count();
    }

    @Test
    void an_editor_of_all_offices_filters_by_office_and_time() {
        int all = as("editor.all", () -> entries(new AuditFilter(null, null, null)));
        int guilin = as("editor.all", () -> entries(new AuditFilter("guilin", null, null)));
        Instant later = Instant.now().plus(Duration.ofMinutes(1));

        assertThat(guilin).isPositive().isLessThan(all);
        assertThat(as("editor.all", () -> entries(new AuditFilter(null, later, null)))).isZero();
        assertThat(as("editor.all", () -> entries(new AuditFilter(null, null, later)))).isEqualTo(all);
    }

    @Test
    void the_csv_export_has_one_quoted_line_per_transition_and_defuses_formulas() {
        Article draft = as("author.guilin", () -> articles.createDraft(
                ArticleDraft.of("=HYPERLINK(\"http://evil\")", "摘要", List.of("正文"))));
        as("author.guilin", () -> articles.submit(draft.id(), draft.version()));
        StringWriter out = new StringWriter();

        as("editor.guilin", () -> {
            audit.exportCsv(new AuditFilter(null, null, null), new PlainAuditLabels(), out);
            return null;
        });

        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF\"time\",\"office\"");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + as("editor.guilin", () -> entries(new AuditFilter(null, null, null))));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",\"=HYPERLINK");
        assertThat(lines).allMatch(line -> line.isEmpty() || line.contains("guilin") || line.startsWith("\uFEFF"));
    }
}
