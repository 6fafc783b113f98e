package cn.gxnews.portal.news;

import java.util.ArrayList;
import java.util.List;

/**
 * What a writer puts into one revision: a title, a summary and the body as paragraphs. A paragraph that
 * starts with {@value #CAPTION_MARK} is the caption of a photo, as in the office's existing articles.
 */
public record ArticleDraft(String title, String summary, List<String> body) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final String CAPTION_MARK = "▲";

    public ArticleDraft {
        title = title.strip();
        summary = summary.strip();
        body = List.copyOf(body);
    }

    /** Splits typed or pasted text into paragraphs: one per non-blank line. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** The body as editable text, one paragraph per line. */
    public String bodyText() {
        return String.join("\n", body);
    }

    public static boolean isCaption(String paragraph) {
        return paragraph.startsWith(CAPTION_MARK);
    }
}
