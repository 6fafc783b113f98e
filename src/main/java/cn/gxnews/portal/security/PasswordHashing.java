package cn.gxnews.portal.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How staff passwords are hashed: Argon2id at OWASP's parameters (19 MiB of memory, 2 iterations, parallelism
 * 1). Hashes of older schemes (bcrypt) still verify and are replaced by Argon2id at the next sign-in. Each
 * hash takes 19 MiB, so only a few are computed at once: a flood of sign-ins queues instead of exhausting
 * memory.
 */
final class PasswordHashing implements PasswordEncoder {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    /** At most this many hashes at once per instance (about 4 × 19 MiB). */
    static final int CONCURRENT_HASHES = 4;

    private final PasswordEncoder delegate;
    private final Semaphore slots = new Semaphore(CONCURRENT_HASHES, true);

    PasswordHashing() {
        String current = "argon2";
        this.delegate = new DelegatingPasswordEncoder(current, Map.of(
                current, new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hashing) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
