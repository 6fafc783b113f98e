package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/**
 * The draft cannot be saved, submitted or approved as it is: {@link #problems()} lists what to fix, as message
 * keys, and {@link #sensitiveWords()} the words that must go before it can be submitted or approved.
 */
public class DraftIncompleteException extends PortalException {

    /** What a refused approval says: the article no longer passes the checks of submission. */
    public static final String NOT_APPROVABLE = "error.approval.incomplete";

    /** What a refused submission says: the text is not complete yet. */
    public static final String NOT_SUBMITTABLE = "error.draft.incomplete";

    private final List<String> problems;
    private final List<String> sensitiveWords;

    public DraftIncompleteException(List<String> problems) {
        this(problems, List.of());
    }

    public DraftIncompleteException(List<String> problems, List<String> sensitiveWords) {
        this("error.draft.incomplete", problems, sensitiveWords);
    }

    /** @param messageKey what the refusal says as a whole, given the number of problems */
    public DraftIncompleteException(String messageKey, List<String> problems, List<String> sensitiveWords) {
        super(messageKey, problems.size());
        this.problems = List.copyOf(problems);
        this.sensitiveWords = List.copyOf(sensitiveWords);
    }

    public List<String> problems() {
        return problems;
    }

    public List<String> sensitiveWords() {
        return sensitiveWords;
    }
}
