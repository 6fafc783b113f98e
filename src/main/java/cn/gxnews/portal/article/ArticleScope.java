package cn.gxnews.portal.article;

import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a staff member may see in the desk, as the repositories apply it in SQL: their own
 * articles in their office, and as an editor every article of their office (or of all offices).
 *
 * @param editorOffice the office they edit for; {@code null} with {@code editorOfAll} for all offices
 */
public record ArticleScope(long memberId, @Nullable String memberOffice, boolean editor, boolean editorOfAll,
                           @Nullable String editorOffice) {

    public static ArticleScope of(StaffMember member) {
        boolean editor = member.hasRole(StaffRole.EDITOR);
        return new ArticleScope(member.id(), member.officeCode(), editor, editor && member.allOffices(),
                editor ? member.officeCode() : null);
    }
}
