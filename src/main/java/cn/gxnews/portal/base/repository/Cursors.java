package cn.gxnews.portal.base.repository;

import org.jooq.Record1;
import org.jooq.ResultQuery;

import java.util.stream.Stream;

/** Long lists read through a database cursor rather than pages. */
public final class Cursors {

    private Cursors() {
    }

    /**
     * The query's values, read in batches of {@code batch} rows as the stream is consumed: one query, however long
     * the list (call it inside a transaction, so that PostgreSQL's driver keeps the cursor, and close the stream).
     */
    public static <T> Stream<T> values(ResultQuery<Record1<T>> query, int batch) {
        return query.fetchSize(batch).fetchStream().map(Record1::value1);
    }
}
