package cn.gxnews.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The top line of a desk list view: its heading on the left, the view's actions on the right. */
public class PageHeader extends HorizontalLayout {

    public PageHeader(String heading, Component... actions) {
        H2 title = new H2(heading);
        add(title);
        add(actions);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        expand(title);
    }
}
