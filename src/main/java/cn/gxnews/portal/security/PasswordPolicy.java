package cn.gxnews.portal.security;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B and OWASP ASVS: at least 8 characters (15 recommended),
 * up to 128, any characters, no composition rules, not the username and not one of the 30,000 most common
 * passwords (the list the zxcvbn project compiled, shipped in the zxcvbn4j library).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int RECOMMENDED_LENGTH = 15;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The problems with a new password, as message keys; empty when it is acceptable. */
    public List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            problems.add("password.sameAsUsername");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("password.common");
        }
        return problems;
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + COMMON_PASSWORDS);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
