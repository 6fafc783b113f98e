package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/**
 * The draft cannot be stored, submitted or approved as it is: {@link #problems()} lists what to fix, each naming
 * the field it concerns, and {@link #sensitiveWords()} the words that must go before it can be submitted or
 * approved, {@link #blockedWording()} the wrong forms of "block" pairs of the standard-wording list. Only the article's text is refused this way; other refusals have exceptions of their own.
 */
public class DraftIncompleteException extends PortalException {

    /** What a refused approval says: the article no longer passes the checks of submission. */
    public static final String NOT_APPROVABLE = "error.approval.incomplete";

    /** What a refused submission (or a refused text) says: the text is not complete yet. */
    public static final String NOT_SUBMITTABLE = "error.draft.incomplete";

    private final List<DraftProblem> problems;
    private final List<String> sensitiveWords;
    private final List<StandardWording> blockedWording;

    public DraftIncompleteException(List<DraftProblem> problems) {
        this(NOT_SUBMITTABLE, problems, List.of());
    }

    /** @param messageKey what the refusal says as a whole, given the number of problems */
    public DraftIncompleteException(String messageKey, List<DraftProblem> problems, List<String> sensitiveWords) {
        this(messageKey, problems, sensitiveWords, List.of());
    }

    /** @param blockedWording the "block" pairs whose wrong forms are in the text */
    public DraftIncompleteException(String messageKey, List<DraftProblem> problems, List<String> sensitiveWords,
                                    List<StandardWording> blockedWording) {
        super(messageKey, problems.size());
        this.problems = List.copyOf(problems);
        this.sensitiveWords = List.copyOf(sensitiveWords);
        this.blockedWording = List.copyOf(blockedWording);
    }

    public List<StandardWording> blockedWording() {
        return blockedWording;
    }

    /** The blocked pairs as a reader sees them in a message: 广西省→广西壮族自治区、… */
    public String blockedWordingText() {
        return blockedWording.stream().map(pair -> pair.wrong() + "→" + pair.right())
                .collect(java.util.stream.Collectors.joining("、"));
    }

    public List<DraftProblem> problems() {
        return problems;
    }

    public List<String> sensitiveWords() {
        return sensitiveWords;
    }
}
