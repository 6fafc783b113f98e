package cn.gxnews.portal.security;

import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.AdministrativeChange.Kind;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.security.repository.StaffUserRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Staff accounts: administrators open, change and reset them; every member changes their own password. */
@Service
public class StaffAccountService {

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final SignInLimits limits;
    private final SignInLog signIns;
    private final MemberSessions sessions;

    StaffAccountService(StaffUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                        CurrentUser currentUser, ApplicationEventPublisher events, SignInLimits limits,
                        SignInLog signIns, MemberSessions sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.limits = limits;
        this.signIns = signIns;
        this.sessions = sessions;
    }

    /**
     * The signed-in member changes their own password: the current one must be right and the new one must
     * meet the policy. Checking the current password is a sign-in attempt like any other: within the limits
     * against password guessing and recorded in the sign-in log, or a stolen session could guess at it freely.
     * The member's other sessions end; this one goes on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = PasswordRejectedException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffMember member = currentUser.require();
        String clientIp = IpAddresses.ofCurrentRequest();
        if (limits.refuses(member.username(), clientIp)) {
            signIns.record(member.username(), clientIp, false, SignInThrottledException.REASON);
            throw new PasswordRejectedException(List.of(PasswordRejectedException.THROTTLED));
        }
        var stored = users.findCredentials(member.username()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, stored.passwordHash())) {
            signIns.record(member.username(), clientIp, false, SignInLog.CURRENT_PASSWORD_WRONG);
            throw new PasswordRejectedException(List.of(PasswordRejectedException.CURRENT_WRONG));
        }
        signIns.record(member.username(), clientIp, true, SignInLog.CURRENT_PASSWORD_CONFIRMED);
        var problems = policy.problems(member.username(), newPassword);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        users.setPassword(member.id(), passwordEncoder.encode(newPassword), false);
        sessions.endOthers(member.id());
    }

    /** The desk language the signed-in member chose; empty when the browser's language is used. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> ownLanguage() {
        return users.language(currentUser.require().id());
    }

    /**
     * The signed-in member chooses the desk's language: one of {@link Translations#LANGUAGES}, or
     * {@code null} to follow the browser.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnLanguage(@Nullable Locale language) {
        if (language != null && !Translations.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("the desk does not speak " + language);
        }
        users.setLanguage(currentUser.require().id(), language);
    }

    /** Whether the signed-in member must choose a new password before anything else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.find().flatMap(member -> users.findById(member.id()))
                .map(StaffMember::mustChangePassword).orElse(false);
    }

    /**
     * An administrator opens an account; the returned one-time password is shown once and must be changed
     * at the first sign-in.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public OneTimePassword open(String username, String displayName, @Nullable String email,
                                @Nullable String officeCode, Set<StaffRole> roles) {
        checkAccount(username, displayName, email, officeCode, roles);
        if (users.exists(username)) {
            throw new AccountRefusedException("admin.error.usernameTaken");
        }
        String password = OneTimePassword.generate();
        long id = users.insert(username, displayName.strip(), blankToNull(email), passwordEncoder.encode(password), true,
                officeCode, roles);
        StaffMember opened = users.findById(id).orElseThrow();
        events.publishEvent(AdministrativeChange.between(Kind.ACCOUNT_OPENED, username, Map.of(), fields(opened)));
        return new OneTimePassword(opened, password);
    }

    /**
     * Changes an account. An administrator cannot disable themselves or take away their own administrator
     * role, and the last active administrator stays one.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public StaffMember update(long id, int expectedVersion, String displayName, @Nullable String email,
                              @Nullable String officeCode, Set<StaffRole> roles, boolean enabled) {
        // the portal's own setup tasks act as no member
        Long actorId = currentUser.find().map(StaffMember::id).orElse(null);
        StaffMember before = users.findById(id).orElseThrow(() -> new AccountRefusedException("admin.error.notFound"));
        checkAccount(before.username(), displayName, email, officeCode, roles);
        boolean staysAdmin = enabled && roles.contains(StaffRole.ADMIN);
        if (actorId != null && id == actorId && !staysAdmin) {
            throw new AccountRefusedException("admin.error.ownAdmin");
        }
        if (before.enabled() && before.hasRole(StaffRole.ADMIN) && !staysAdmin && users.countOtherActiveAdmins(id) == 0) {
            throw new AccountRefusedException("admin.error.lastAdmin");
        }
        if (!users.update(id, expectedVersion, displayName.strip(), blankToNull(email), officeCode, roles, enabled)) {
            throw new AccountRefusedException("admin.error.stale");
        }
        if (before.enabled() && !enabled) {
            // ended for good: enabling the account again does not bring its old sessions back
            sessions.endAll(id);
        }
        StaffMember after = users.findById(id).orElseThrow();
        events.publishEvent(AdministrativeChange.between(Kind.ACCOUNT_CHANGED, after.username(), fields(before),
                fields(after)));
        return after;
    }

    /** The account's current version, for a form that changes it. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public int version(long id) {
        return users.version(id);
    }

    /** Gives the account a new one-time password, to be changed at the next sign-in; its sessions end. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public OneTimePassword resetPassword(long id) {
        StaffMember member = users.findById(id).orElseThrow(() -> new AccountRefusedException("admin.error.notFound"));
        String password = OneTimePassword.generate();
        users.setPassword(id, passwordEncoder.encode(password), true);
        sessions.endAll(id);
        events.publishEvent(new AdministrativeChange(Kind.PASSWORD_RESET, member.username(), Map.of(),
                Map.of("mustChangePassword", "true")));
        return new OneTimePassword(users.findById(member.id()).orElseThrow(), password);
    }

    /** An account's fields as the record of administrative changes shows them (never its password). */
    private static Map<String, String> fields(StaffMember member) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", member.displayName());
        fields.put("email", member.email() == null ? "" : member.email());
        fields.put("office", member.officeCode() == null ? "" : member.officeCode());
        fields.put("roles", member.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        fields.put("enabled", Boolean.toString(member.enabled()));
        return fields;
    }

    private static void checkAccount(String username, String displayName, @Nullable String email,
                                     @Nullable String officeCode, Set<StaffRole> roles) {
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new AccountRefusedException("admin.error.username");
        }
        if (displayName.isBlank() || displayName.strip().length() > 50) {
            throw new AccountRefusedException("admin.error.displayName");
        }
        PlainText.check("staff.displayName", displayName.strip(), false);
        PlainText.check("staff.email", email == null ? null : email.strip(), false);
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new AccountRefusedException("admin.error.email");
        }
        if (roles.isEmpty()) {
            throw new AccountRefusedException("admin.error.noRole");
        }
        if (officeCode == null && roles.contains(StaffRole.AUTHOR)) {
            throw new AccountRefusedException("admin.error.authorNeedsOffice");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    /**
     * Creates an account with a password chosen by the portal's own setup (the first administrator, the demo
     * newsroom), with the same checks as {@link #open}; the password is not a one-time one.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public StaffMember create(NewStaffAccount account) {
        checkAccount(account.username(), account.displayName(), null, account.officeCode(), account.roles());
        if (users.exists(account.username())) {
            throw new AccountRefusedException("admin.error.usernameTaken");
        }
        long id = users.insert(account.username(), account.displayName(), null,
                passwordEncoder.encode(account.password()), false, account.officeCode(), account.roles());
        StaffMember created = users.findById(id).orElseThrow();
        events.publishEvent(AdministrativeChange.between(Kind.ACCOUNT_OPENED, created.username(), Map.of(),
                fields(created)));
        return created;
    }

    /** Whether any account exists at all (a fresh database has none). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    /** Which of these usernames (in any letter case) have an enabled account. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<String> enabledAmong(Collection<String> usernames) {
        Set<String> enabled = users.enabledAmong(usernames);
        return usernames.stream().filter(username -> enabled.contains(username.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * The enabled accounts that accept this password: one hash check per account, so meant for a start-up
     * check against a known default password, not for requests.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<String> accepting(String password) {
        return users.enabledPasswordHashes().entrySet().stream()
                .filter(account -> passwordEncoder.matches(password, account.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
