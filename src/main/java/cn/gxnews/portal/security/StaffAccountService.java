package cn.gxnews.portal.security;

import cn.gxnews.portal.security.repository.StaffUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.stream.Stream;

/** Staff accounts: listing and creating them is for administrators. */
@Service
public class StaffAccountService {

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;

    StaffAccountService(StaffUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Stream<StaffMember> findPage(int offset, int limit) {
        return users.findPage(offset, limit);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int count() {
        return users.count();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public StaffMember create(NewStaffAccount account) {
        long id = users.insert(account.username(), account.displayName(), passwordEncoder.encode(account.password()),
                account.officeCode(), account.roles());
        return users.findById(id).orElseThrow();
    }

    /** Whether any account exists at all (a fresh database has none). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return users.count() > 0;
    }
}
