package cn.gxnews.portal.base.repository;

import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.SelectLimitStep;

import java.util.stream.Stream;

/**
 * The two ways a log (the audit trail, the sign-in log, the administrative changes) is read, newest first: a page
 * for a grid, and the whole list for an export.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /** The values of one page of the query: {@code limit} rows after the first {@code offset}. */
    public static <T> Stream<T> page(SelectLimitStep<Record1<T>> query, int offset, int limit) {
        return query.offset(offset).limit(limit).fetch(Record1::value1).stream();
    }

    /**
     * The query's values, read in batches of {@code batch} rows as the stream is consumed: one query, however long
     * the list (call it inside a transaction, so that PostgreSQL's driver keeps the cursor, and close the stream).
     */
    public static <T> Stream<T> all(ResultQuery<Record1<T>> query, int batch) {
        return query.fetchSize(batch).fetchStream().map(Record1::value1);
    }
}
