package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PortalException;

import java.util.List;

/** A new password was refused; {@link #problems()} says why, as message keys. */
public class PasswordRejectedException extends PortalException {

    private final List<String> problems;

    public PasswordRejectedException(List<String> problems) {
        super(problems.getFirst(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
