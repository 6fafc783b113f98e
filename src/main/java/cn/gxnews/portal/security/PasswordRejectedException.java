package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/** A new password was refused; {@link #problems()} says why, as message keys. */
public class PasswordRejectedException extends PortalException {

    /** The current password, checked before a change, is not right. */
    public static final String CURRENT_WRONG = "password.currentWrong";

    /**
     * The current password was not checked: too many wrong passwords for this account of late (the sign-in
     * form's own message).
     */
    public static final String THROTTLED = "login.error.throttled.message";

    private final List<String> problems;

    public PasswordRejectedException(List<String> problems) {
        super(problems.getFirst(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** Whether the refusal is about the current password rather than the new one. */
    public boolean concernsCurrentPassword() {
        return problems.contains(CURRENT_WRONG) || problems.contains(THROTTLED);
    }
}
