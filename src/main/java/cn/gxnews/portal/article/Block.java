package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

/**
 * One block of an article's body. Bodies are stored block by block, so revisions and diffs work per block
 * and no typed or pasted HTML is ever kept: paragraphs carry a small inline subset of Markdown at most.
 */
public sealed interface Block {

    /** The block's readable text (a photo's caption), for checks, search and diffs. */
    String text();

    /** A paragraph; may use **bold**, *italic* and [links](https://…). */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = text.strip();
        }
    }

    /** A subheading inside the article. */
    record Heading(String text) implements Block {
        public Heading {
            text = text.strip();
        }
    }

    /** A quotation set apart from the text. */
    record Quote(String text) implements Block {
        public Quote {
            text = text.strip();
        }
    }

    /**
     * A photo with its caption, credit and alt text.
     *
     * @param mediaSha256 the stored photo, or {@code null} while the photo block waits for its image (as after
     *                    importing a ▲ caption line)
     */
    record Photo(@Nullable String mediaSha256, String caption, String credit, String alt) implements Block {
        public Photo {
            caption = caption.strip();
            credit = credit.strip();
            alt = alt.strip();
        }

        @Override
        public String text() {
            return caption;
        }

        public Photo withImage(@Nullable String sha256) {
            return new Photo(sha256, caption, credit, alt);
        }
    }
}
