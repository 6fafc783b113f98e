package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PlainText;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * What a writer puts into one revision: a title, a summary, the body as blocks, and optionally a cover photo
 * (for lists, the home page and link previews).
 *
 * @param coverSha256 the cover photo, or {@code null}
 */
public record ArticleDraft(String title, String summary, List<Block> body, @Nullable String coverSha256) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    /** The office's existing articles mark a photo caption with a line that starts with this. */
    public static final String CAPTION_MARK = "▲";

    public ArticleDraft {
        title = title.strip();
        summary = summary.strip();
        body = List.copyOf(body);
    }

    public ArticleDraft(String title, String summary, List<Block> body) {
        this(title, summary, body, null);
    }

    /** A draft from plain paragraphs; lines starting with ▲ become photo blocks waiting for their image. */
    public static ArticleDraft of(String title, String summary, List<String> paragraphs) {
        return new ArticleDraft(title, summary, importLines(paragraphs), null);
    }

    /**
     * Turns pasted plain text (such as an article copied from the company's current site) into blocks: one
     * paragraph per non-blank line, and each ▲ line the caption of a photo block waiting for its image.
     */
    public static List<Block> importText(String text) {
        return importLines(List.of(text.split("\\R")));
    }

    /**
     * Pasted text often carries invisible control characters from the program it came from; the import drops
     * them (a vertical tab or form feed, as Word writes for a manual break, already ends the line).
     */
    private static List<Block> importLines(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            String paragraph = PlainText.printable(line).strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            if (paragraph.startsWith(CAPTION_MARK)) {
                blocks.add(new Block.Photo(null, paragraph.substring(CAPTION_MARK.length()), "", ""));
            } else {
                blocks.add(new Block.Paragraph(paragraph));
            }
        }
        return blocks;
    }

    /**
     * Whether nothing at all was written: no title, summary, cover or text, and no photo block with an image
     * or any words (an empty photo block the writer only added does not count).
     */
    public boolean isEmpty() {
        return title.isEmpty() && summary.isEmpty() && coverSha256 == null && body.stream().allMatch(block ->
                block.text().isBlank() && (!(block instanceof Block.Photo photo)
                        || photo.mediaSha256() == null && photo.credit().isEmpty() && photo.alt().isEmpty()));
    }

    /** Whether the body has any text besides photos. */
    public boolean hasText() {
        return body.stream().anyMatch(block -> !(block instanceof Block.Photo) && !block.text().isBlank());
    }

    public List<Block.Photo> photos() {
        return body.stream().filter(Block.Photo.class::isInstance).map(Block.Photo.class::cast).toList();
    }

    /**
     * The same text without the characters no output may carry (see {@link PlainText#printable}): what readers
     * get, whatever the database holds.
     *
     * @return this draft when it has nothing to drop
     */
    public ArticleDraft printable() {
        List<Block> blocks = body.stream().map(ArticleDraft::printable).toList();
        ArticleDraft printable = new ArticleDraft(PlainText.printable(title), PlainText.printable(summary), blocks,
                coverSha256);
        return printable.equals(this) ? this : printable;
    }

    private static Block printable(Block block) {
        return switch (block) {
            case Block.Paragraph paragraph -> new Block.Paragraph(PlainText.printable(paragraph.text()));
            case Block.Heading heading -> new Block.Heading(PlainText.printable(heading.text()));
            case Block.Quote quote -> new Block.Quote(PlainText.printable(quote.text()));
            case Block.Photo photo -> new Block.Photo(photo.mediaSha256(), PlainText.printable(photo.caption()),
                    PlainText.printable(photo.credit()), PlainText.printable(photo.alt()));
        };
    }

    public ArticleDraft withCover(@Nullable String sha256) {
        return new ArticleDraft(title, summary, body, sha256);
    }
}
