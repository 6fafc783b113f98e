package cn.gxnews.portal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.Set;

/**
 * A grid that shows each row as a readable card on a phone. Columns cut every title to "柳州分…" below about
 * 600 px, so there the grid hides its columns and shows one column of cards instead: the item's title in full,
 * then a line of details, under the header of the first column they replace; at a wider window the columns
 * come back. The width is the browser window's, read
 * when the grid is attached and on every resize. Any desk grid can use it (docs/decisions/0029).
 */
public final class NarrowGrid {

    /** Below this window width (CSS pixels) a grid shows cards. */
    public static final int NARROW_WIDTH = 600;

    static final String CARD_KEY = "card";

    private NarrowGrid() {
    }

    /**
     * Shows the grid's items as cards on a narrow window.
     *
     * @param title   the card's first line, shown in full (it wraps)
     * @param details the card's second line: the other columns in a few words
     * @param kept    the keys of the columns that stay beside the card (a thumbnail, a button)
     * @return the card column, for a header or an accessible name when needed
     */
    public static <T> Grid.Column<T> showCardsWhenNarrow(Grid<T> grid, ValueProvider<T, String> title,
                                                         ValueProvider<T, String> details, String... kept) {
        Grid.Column<T> cards = grid.addColumn(LitRenderer.<T>of("""
                        <div class="grid-card"><div class="grid-card-title">${item.title}</div>\
                        <div class="grid-card-details">${item.details}</div></div>""")
                        .withProperty("title", title).withProperty("details", details))
                .setKey(CARD_KEY).setFlexGrow(1);
        cards.setVisible(false);
        Set<String> keptKeys = Set.of(kept);
        grid.setColumnOrder(inPlaceOfTheFirstHidden(grid.getColumns(), cards, keptKeys));
        grid.addAttachListener(attach -> follow(grid, attach, keptKeys));
        return cards;
    }

    /** The cards stand where the first column they replace stood: after a thumbnail, before a button. */
    private static <T> List<Grid.Column<T>> inPlaceOfTheFirstHidden(List<Grid.Column<T>> columns, Grid.Column<T> cards,
                                                                  Set<String> kept) {
        List<Grid.Column<T>> order = new java.util.ArrayList<>(columns);
        order.remove(cards);
        int at = 0;
        while (at < order.size() && kept.contains(order.get(at).getKey())) {
            at++;
        }
        order.add(at, cards);
        if (at + 1 < order.size()) {
            // a header row without a header cell is a row without cells to a screen reader
            cards.setHeader(order.get(at + 1).getHeaderText());
        }
        return order;
    }

    private static <T> void follow(Grid<T> grid, AttachEvent attach, Set<String> kept) {
        UI ui = attach.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> layOut(grid, details.getWindowInnerWidth(), kept));
        Registration resize = ui.getPage().addBrowserWindowResizeListener(
                event -> layOut(grid, event.getWidth(), kept));
        grid.addDetachListener(detach -> {
            resize.remove();
            detach.unregisterListener();
        });
    }

    /** Cards below {@link #NARROW_WIDTH}, the columns above it. */
    static <T> void layOut(Grid<T> grid, int windowWidth, Set<String> kept) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_WIDTH;
        List<Grid.Column<T>> columns = grid.getColumns();
        for (Grid.Column<T> column : columns) {
            column.setVisible(kept.contains(column.getKey()) || CARD_KEY.equals(column.getKey()) == narrow);
        }
        grid.setClassName("grid-as-cards", narrow);
    }
}
