package cn.gxnews.portal.base.repository;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;

import java.util.Collection;

/** Conditions on columns that hold an array of enum names (such as a member's roles). */
public final class EnumArrays {

    private EnumArrays() {
    }

    /**
     * Whether the stored array holds the value. Written as {@code value = any(column)}: PostgreSQL has no
     * {@code @>} between an array of a domain (such as {@code staff_role[]}) and the {@code text[]} a bound set
     * would be, while comparing one text with the domain's elements needs no cast.
     */
    public static <E extends Enum<E>> Condition holds(Field<? extends Collection<E>> column, E value) {
        Field<E> name = DSL.val(value, SQLDataType.CLOB.asConvertedDataType(
                new EnumConverter<>(String.class, value.getDeclaringClass())));
        return DSL.condition("{0} = any({1})", name, column);
    }
}
