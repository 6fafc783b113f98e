package cn.gxnews.portal.security;

import java.security.SecureRandom;

/**
 * A password an administrator hands to a member for one sign-in: shown once, never stored readable, and
 * replaced by the member's own at that sign-in.
 */
public record OneTimePassword(StaffMember member, String password) {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Sixteen characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
    static String generate() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
