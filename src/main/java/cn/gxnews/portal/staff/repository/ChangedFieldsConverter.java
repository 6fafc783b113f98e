package cn.gxnews.portal.staff.repository;

import org.jooq.JSONB;
import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored form of the fields an administrative change changed ({@code administrative_change.before} and
 * {@code after}): a JSON object of strings, read back in the fields' alphabetical order. The code generator puts
 * it on both columns.
 */
public final class ChangedFieldsConverter extends AbstractConverter<JSONB, Map<String, String>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {
    };

    @SuppressWarnings("unchecked")
    public ChangedFieldsConverter() {
        super(JSONB.class, (Class<Map<String, String>>) (Class<?>) Map.class);
    }

    @Override
    public @Nullable Map<String, String> from(@Nullable JSONB stored) {
        return stored == null ? null : Collections.unmodifiableMap(JSON.readValue(stored.data(), FIELDS));
    }

    @Override
    public @Nullable JSONB to(@Nullable Map<String, String> fields) {
        return fields == null ? null : JSONB.valueOf(JSON.writeValueAsString(fields));
    }
}
