package cn.gxnews.portal.news;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/**
 * The draft cannot be saved or submitted as it is: {@link #problems()} lists what to fix, as message keys,
 * and {@link #sensitiveWords()} the words that must go before it can be submitted.
 */
public class DraftIncompleteException extends PortalException {

    private final List<String> problems;
    private final List<String> sensitiveWords;

    public DraftIncompleteException(List<String> problems) {
        this(problems, List.of());
    }

    public DraftIncompleteException(List<String> problems, List<String> sensitiveWords) {
        super("error.draft.incomplete", problems.size());
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
