package cn.gxnews.portal.base.repository;

import org.jooq.Condition;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

import static org.jooq.impl.DSL.noCondition;

/** Filters of lists by time. */
public final class Periods {

    private Periods() {
    }

    /** The rows whose time is at or after {@code from} and before {@code to}; an open end when {@code null}. */
    public static Condition within(Field<Instant> time, @Nullable Instant from, @Nullable Instant to) {
        Condition condition = noCondition();
        if (from != null) {
            condition = condition.and(time.ge(from));
        }
        if (to != null) {
            condition = condition.and(time.lt(to));
        }
        return condition;
    }
}
