package cn.gxnews.portal.news;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/** The draft cannot be saved or submitted as it is; {@link #problems()} lists what to fix, as message keys. */
public class DraftIncompleteException extends PortalException {

    private final List<String> problems;

    public DraftIncompleteException(List<String> problems) {
        super("error.draft.incomplete", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
