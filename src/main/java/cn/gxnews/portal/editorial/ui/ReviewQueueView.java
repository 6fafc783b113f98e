package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.editorial.ReviewQueueItem;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviewer's queue: what waits for their review level, oldest first (an editor's office or every office; a
 * publisher's levels of every office).
 */
@Route("review")
@Menu(title = "nav.reviewQueue", order = 30, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    ReviewQueueView(ReviewService review, OfficeService offices, Clock clock) {
        setSizeFull();
        Map<String, Office> officesByCode = offices.findAll().stream()
                .collect(Collectors.toMap(Office::code, Function.identity()));

        Grid<ReviewQueueItem> grid = new Grid<>();
        grid.addColumn(item -> officesByCode.get(item.officeCode()).name(getLocale()))
                .setHeader(getTranslation("article.office")).setKey("office").setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(ReviewQueueItem::title).setHeader(getTranslation("article.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(item -> getTranslation(ReviewLevels.levelKey(item.level())))
                .setHeader(getTranslation("reviewLevel.heading")).setKey("level").setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(ReviewQueueItem::authorName).setHeader(getTranslation("article.author")).setKey("author").setFlexGrow(1);
        grid.addColumn(item -> Translations.formatDateTime(item.submittedAt()))
                .setHeader(getTranslation("review.submittedAt")).setKey("submittedAt").setFlexGrow(1);
        grid.addColumn(item -> waiting(Duration.between(item.submittedAt(), clock.instant())))
                .setHeader(getTranslation("review.waiting")).setKey("waiting").setFlexGrow(1);
        NarrowGrid.showCardsWhenNarrow(grid, ReviewQueueItem::title, item -> String.join(" · ",
                officesByCode.get(item.officeCode()).name(getLocale()), item.authorName(),
                waiting(Duration.between(item.submittedAt(), clock.instant()))));
        grid.setItems(query -> review.queue(query.getOffset(), query.getLimit()), query -> review.count());
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(ReviewView.class, click.getItem().id().value())));
        grid.setSizeFull();

        add(new H2(getTranslation("review.heading")), grid);
    }

    /** How long an article has waited, in the largest unit that makes sense. */
    private String waiting(Duration waited) {
        if (waited.toDays() > 0) {
            return getTranslation("review.waiting.days", waited.toDays());
        }
        if (waited.toHours() > 0) {
            return getTranslation("review.waiting.hours", waited.toHours());
        }
        return getTranslation("review.waiting.minutes", Math.max(0, waited.toMinutes()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading");
    }
}
