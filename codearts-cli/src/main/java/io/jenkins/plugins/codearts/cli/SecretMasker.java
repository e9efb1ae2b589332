package io.jenkins.plugins.codearts.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces every known secret value (SK, password, security token) in text with {@code ****} before it is printed.
 * Remote logs and error messages are not under our control, so everything shown to the user goes through this.
 */
public final class SecretMasker {

    static final String MASK = "****";
    /** Shorter values would mask ordinary words; no real SK, password or token is this short. */
    private static final int MIN_SECRET_LENGTH = 4;

    private final List<String> secrets;

    private SecretMasker(List<String> secrets) {
        this.secrets = secrets;
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    public static SecretMasker of(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && value.length() >= MIN_SECRET_LENGTH) {
                kept.add(value);
            }
        }
        // Longest first, so a secret containing another is masked whole.
        kept.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMasker(List.copyOf(kept));
    }

    public SecretMasker with(String... more) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(List.of(more).stream().filter(Objects::nonNull).toList());
        return of(all.toArray(String[]::new));
    }

    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    @Override
    public String toString() {
        return "SecretMasker[" + secrets.size() + " secrets]";
    }
}
