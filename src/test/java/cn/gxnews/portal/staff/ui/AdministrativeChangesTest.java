package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.base.AdministrativeChange.Kind;
import cn.gxnews.portal.base.Csv;
import cn.gxnews.portal.demo.DemoData;
import cn.gxnews.portal.article.SensitiveWordService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.AccountRefusedException;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.staff.AdministrativeChangeLog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every administrative change is recorded with who made it and what changed; administrators see and export it. */
class AdministrativeChangesTest extends AbstractDeskTest {

    @Autowired
    private StaffAccountService accounts;

    @Autowired
    private OfficeService offices;

    @Autowired
    private SensitiveWordService sensitiveWords;

    @Autowired
    private AdministrativeChangeLog changeLog;

    @Test
    void account_office_and_word_changes_are_shown_with_who_made_them_and_before_and_after() {
        StaffMember author = member("author.guilin");
        as("admin", () -> accounts.update(author.id(), accounts.version(author.id()), "蒋涛", null, "guilin",
                author.roles(), false));
        as("admin", () -> accounts.resetPassword(author.id()));
        Office guilin = offices.find("guilin").orElseThrow();
        as("admin", () -> offices.update(new Office("guilin", guilin.nameZh(), guilin.nameEn(), guilin.address(),
                "莫敏", guilin.phone()), offices.version("guilin")));
        as("admin", () -> sensitiveWords.add("内部资料"));

        login("admin");
        open("admin/changes");

        Grid<?> grid = _get(Grid.class);
        // the demo newsroom's accounts and its two sections were made by the portal's setup, before these four changes
        assertThat(GridKt._size(grid)).isEqualTo(DemoData.ACCOUNTS.size() + 2 + 4);
        assertThat(GridKt._getFormatted(grid, 6, "actor")).isEqualTo("setup");
        assertThat(GridKt._getFormatted(grid, 6, "kind")).isEqualTo("开设账号");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("添加敏感词");
        assertThat(GridKt._getFormatted(grid, 0, "subject")).isEqualTo("内部资料");
        assertThat(GridKt._getFormatted(grid, 1, "kind")).isEqualTo("修改分公司信息");
        assertThat(GridKt._getFormatted(grid, 1, "fields")).isEqualTo("联系人: " + guilin.contactPerson() + " → 莫敏");
        assertThat(GridKt._getFormatted(grid, 2, "kind")).isEqualTo("重置密码");
        assertThat(GridKt._getFormatted(grid, 2, "subject")).isEqualTo("author.guilin");
        assertThat(GridKt._getFormatted(grid, 3, "actor")).isEqualTo("admin");
        assertThat(GridKt._getFormatted(grid, 3, "kind")).isEqualTo("修改账号");
        assertThat(GridKt._getFormatted(grid, 3, "fields"))
                .isEqualTo("姓名: 蒋涛（桂林撰稿） → 蒋涛; 启用: 是 → 否");
        assertThat(GridKt._getFormatted(grid, 4, "kind")).isEqualTo("新建栏目");
        assertThat(GridKt._getFormatted(grid, 5, "kind")).isEqualTo("新建栏目");
        assertThat(GridKt._getFormatted(grid, 6, "fields"))
                .isEqualTo("姓名: — → 系统管理员; 启用: — → 是; 角色: — → 管理员");

        @SuppressWarnings("unchecked")
        ComboBox<Kind> kind = _get(ComboBox.class);
        _setValue(kind, Kind.PASSWORD_RESET);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _assertOne(Anchor.class, spec -> spec.withText("导出 CSV"));

        // the export has what the grid shows, for the same choice
        StringWriter resets = new StringWriter();
        as("admin", () -> {
            changeLog.exportCsv(Kind.PASSWORD_RESET, List.of("类型", "对象"), e -> List.of(e.kind().name(), e.subject()),
                    resets);
            return null;
        });
        assertThat(Csv.read(resets.toString()))
                .containsExactly(List.of("类型", "对象"), List.of("PASSWORD_RESET", "author.guilin"));
        StringWriter all = new StringWriter();
        as("admin", () -> {
            changeLog.exportCsv(null, List.of("对象"), e -> List.of(e.subject()), all);
            return null;
        });
        assertThat(Csv.read(all.toString())).hasSize(1 + DemoData.ACCOUNTS.size() + 2 + 4)
                .element(1).isEqualTo(List.of("内部资料"));
    }

    @Test
    void a_refused_change_leaves_no_record() {
        StaffMember author = member("author.guilin");
        int before = db.fetchCount(db.selectFrom("administrative_change"));

        assertThatThrownBy(() -> as("admin", () -> accounts.update(author.id(), accounts.version(author.id()) - 1,
                "蒋涛", null, "guilin", author.roles(), true))).isInstanceOf(AccountRefusedException.class);

        assertThat(db.fetchCount(db.selectFrom("administrative_change"))).isEqualTo(before);
    }

    @Test
    void saving_an_account_without_changing_anything_records_nothing() {
        StaffMember author = member("author.guilin");
        int before = db.fetchCount(db.selectFrom("administrative_change"));

        as("admin", () -> accounts.update(author.id(), accounts.version(author.id()), author.displayName(),
                author.email(), author.officeCode(), Set.copyOf(author.roles()), true));

        assertThat(db.fetchCount(db.selectFrom("administrative_change"))).isEqualTo(before);
    }

    @Test
    void only_administrators_see_the_record() {
        login("editor.all");

        assertThatThrownBy(() -> open("admin/changes")).hasMessageContaining("Access is denied");
    }

    private StaffMember member(String username) {
        return as("admin", () -> accounts.findPage(0, 100).filter(m -> m.username().equals(username))
                .findFirst().orElseThrow());
    }
}
