package cn.gxnews.portal.article;

import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a staff member may see in the desk, as the repositories apply it in SQL: their own
 * articles in their office, as an editor every article of their office (or of all offices), and as a publisher
 * (签发人, a company-wide reviewer) every article of every office, to read and to review the levels given to
 * publishers; a publisher's rights to change anything are {@link Transition}'s.
 *
 * @param editorOffice the office they edit for; {@code null} with {@code editorOfAll} for all offices
 */
public record ArticleScope(long memberId, @Nullable String memberOffice, boolean editor, boolean editorOfAll,
                           @Nullable String editorOffice, boolean publisher) {

    public static ArticleScope of(StaffMember member) {
        boolean editor = member.hasRole(StaffRole.EDITOR);
        return new ArticleScope(member.id(), member.officeCode(), editor, editor && member.allOffices(),
                editor ? member.officeCode() : null, member.hasRole(StaffRole.PUBLISHER));
    }
}
