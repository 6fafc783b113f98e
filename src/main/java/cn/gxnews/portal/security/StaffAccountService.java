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
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;

    StaffAccountService(StaffUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                        CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    /**
     * The signed-in member changes their own password: the current one must be right and the new one must
     * meet the policy.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffMember member = currentUser.require();
        var stored = users.findCredentials(member.username()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, stored.passwordHash())) {
            throw new PasswordRejectedException(java.util.List.of("password.currentWrong"));
        }
        var problems = policy.problems(member.username(), newPassword);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        users.updatePasswordHash(member.id(), passwordEncoder.encode(newPassword));
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
