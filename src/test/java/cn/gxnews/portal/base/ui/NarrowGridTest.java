package cn.gxnews.portal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A grid shows its items as cards on a phone and its columns on a wider screen. */
class NarrowGridTest {

    private record Story(String title, String office) {
    }

    private final Grid<Story> grid = new Grid<>();

    NarrowGridTest() {
        grid.addColumn(Story::title).setKey("title");
        grid.addColumn(Story::office).setKey("office");
        grid.addColumn(story -> "⋯").setKey("menu");
        NarrowGrid.showCardsWhenNarrow(grid, Story::title, Story::office, "menu");
        grid.setColumnOrder(grid.getColumnByKey("menu"), grid.getColumnByKey("title"), grid.getColumnByKey("office"),
                grid.getColumnByKey("card"));
    }

    @Test
    void a_phone_sees_the_cards_and_the_kept_columns_only() {
        NarrowGrid.layOut(grid, 390, Set.of("menu"));

        assertThat(visibleKeys()).containsExactly("menu", "card");
        assertThat(grid.getClassNames()).contains("grid-as-cards");
    }

    @Test
    void the_cards_stand_after_a_kept_thumbnail_and_before_a_kept_button() {
        Grid<Story> photos = new Grid<>();
        photos.addColumn(Story::office).setKey("photo");
        photos.addColumn(Story::title).setKey("caption").setHeader("图片说明");
        photos.addColumn(story -> "use").setKey("use");
        NarrowGrid.showCardsWhenNarrow(photos, Story::title, Story::office, "photo", "use");

        assertThat(photos.getColumns()).extracting(Grid.Column::getKey).containsExactly("photo", "card", "caption", "use");
        assertThat(photos.getColumnByKey("card").getHeaderText()).as("the header of the column the cards replace")
                .isEqualTo("图片说明");
    }

    @Test
    void a_desktop_sees_the_columns_and_no_cards() {
        NarrowGrid.layOut(grid, 390, Set.of("menu"));
        NarrowGrid.layOut(grid, 1280, Set.of("menu"));

        assertThat(visibleKeys()).containsExactly("menu", "title", "office");
        assertThat(grid.getClassNames()).doesNotContain("grid-as-cards");
    }

    @Test
    void before_the_browser_tells_its_width_the_columns_are_shown() {
        assertThat(visibleKeys()).containsExactly("menu", "title", "office");
    }

    private java.util.List<String> visibleKeys() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }
}
