package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/**
 * The draft cannot be stored, submitted or approved as it is: {@link #problems()} lists what to fix, each naming
 * the field it concerns, and {@link #sensitiveWords()} the words that must go before it can be submitted or
 * approved. Only the article's text is refused this way; other refusals have exceptions of their own.
 */
public class DraftIncompleteException extends PortalException {

    /** What a refused approval says: the article no longer passes the checks of submission. */
    public static final String NOT_APPROVABLE = "error.approval.incomplete";

    /** What a refused submission (or a refused text) says: the text is not complete yet. */
    public static final String NOT_SUBMITTABLE = "error.draft.incomplete";

    private final List<DraftProblem> problems;
    private final List<String> sensitiveWords;

    public DraftIncompleteException(List<DraftProblem> problems) {
        this(NOT_SUBMITTABLE, problems, List.of());
    }

    /** @param messageKey what the refusal says as a whole, given the number of problems */
    public DraftIncompleteException(String messageKey, List<DraftProblem> problems, List<String> sensitiveWords) {
        super(messageKey, problems.size());
        this.problems = List.copyOf(problems);
        this.sensitiveWords = List.copyOf(sensitiveWords);
    }

    public List<DraftProblem> problems() {
        return problems;
    }

    public List<String> sensitiveWords() {
        return sensitiveWords;
    }
}
