package cn.gxnews.portal.desk;

import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /desk/} itself: sends each member to where their work is — editors to the review queue, writers to
 * their articles, administrators to the staff accounts.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffMember member = currentUser.require();
        if (member.hasRole(StaffRole.EDITOR) || member.hasRole(StaffRole.PUBLISHER)) {
            event.forwardTo("review");
        } else if (member.hasRole(StaffRole.AUTHOR)) {
            event.forwardTo("articles");
        } else {
            event.forwardTo("admin/staff");
        }
    }
}
