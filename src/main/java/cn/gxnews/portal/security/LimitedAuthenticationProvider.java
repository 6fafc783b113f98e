package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PlainText;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff sign-in with the password checked only when {@link SignInLimits} allow the attempt: a refused attempt
 * costs no password hash, so a guessing attack cannot keep the hashing slots busy either.
 */
final class LimitedAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInLimits limits;

    LimitedAuthenticationProvider(AuthenticationProvider passwordCheck, SignInLimits limits) {
        this.passwordCheck = passwordCheck;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!PlainText.acceptable(authentication.getName(), false)) {
            // No account has such a name (usernames are letters, digits, '.', '_' and '-'), and a NUL could not even
            // be looked for in the database: refused like a wrong password, at no cost.
            throw new BadCredentialsException("the username holds a control character");
        }
        if (limits.refuses(authentication.getName(), clientIp(authentication))) {
            throw new SignInThrottledException();
        }
        return passwordCheck.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The address the sign-in came from ({@link TrustedProxies} has chosen it), as the sign-in log records it;
     * {@code -} when there is none, and never anything but an IP address.
     */
    static String clientIp(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
                ? IpAddresses.canonical(details.getRemoteAddress()).orElse("-") : "-";
    }
}
