package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/**
 * A CSV file of standard wording was not imported because some of its rows are wrong: {@link #rows()} says which
 * and why. Nothing of the file is imported then, so that fixing the rows and importing it again gives the whole
 * list and nothing twice.
 */
public class StandardWordingImportException extends PortalException {

    /**
     * One refused row.
     *
     * @param line       the row's line in the file, counted from 1 (the header is line 1)
     * @param messageKey why, a key of the i18n bundles
     * @param args       its arguments
     */
    public record RowProblem(int line, String messageKey, List<String> args) {
        public RowProblem {
            args = List.copyOf(args);
        }
    }

    private final List<RowProblem> rows;

    StandardWordingImportException(List<RowProblem> rows) {
        super("error.wording.importRows", rows.size());
        this.rows = List.copyOf(rows);
    }

    public List<RowProblem> rows() {
        return rows;
    }
}
