package cn.gxnews.portal.security.repository;

import cn.gxnews.portal.security.StaffRole;
import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's roles as stored ({@code staff_user.roles}, an array of the {@code staff_role} domain, written in
 * the roles' alphabetical order) and as the portal sees them, a set. The code generator puts it on the column.
 */
public final class StaffRolesConverter extends AbstractConverter<String[], Set<StaffRole>> {

    @SuppressWarnings("unchecked")
    public StaffRolesConverter() {
        super(String[].class, (Class<Set<StaffRole>>) (Class<?>) Set.class);
    }

    @Override
    public @Nullable Set<StaffRole> from(String @Nullable [] stored) {
        return stored == null ? null
                : Arrays.stream(stored).map(StaffRole::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String @Nullable [] to(@Nullable Set<StaffRole> roles) {
        return roles == null ? null : roles.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
