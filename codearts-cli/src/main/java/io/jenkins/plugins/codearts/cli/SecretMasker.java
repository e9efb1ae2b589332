package io.jenkins.plugins.codearts.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces every known secret value (SK, password, security token, IAM token) in text with {@code ****}. Each secret
 * is also masked as it appears inside JSON strings and URLs, since API answers and HTTP traces quote it that way.
 */
public final class SecretMasker {

    static final String MASK = "****";
    /** Shorter values would mask ordinary words; no real SK, password or token is this short. */
    private static final int MIN_SECRET_LENGTH = 4;

    private final List<String> secrets;
    private final List<String> forms;

    private SecretMasker(List<String> secrets) {
        this.secrets = secrets;
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            all.add(secret);
            all.add(jsonEscaped(secret));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        List<String> sorted = new ArrayList<>(all);
        // Longest first, so a secret containing another is masked whole.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.forms = List.copyOf(sorted);
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    public static SecretMasker of(String... values) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && value.length() >= MIN_SECRET_LENGTH) {
                kept.add(value);
            }
        }
        return new SecretMasker(List.copyOf(kept));
    }

    public SecretMasker with(String... more) {
        List<String> all = new ArrayList<>(secrets);
        for (String value : more) {
            if (value != null) {
                all.add(value);
            }
        }
        return of(all.toArray(String[]::new));
    }

    boolean isEmpty() {
        return secrets.isEmpty();
    }

    public String mask(String text) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String form : forms) {
            masked = masked.replace(form, MASK);
        }
        return masked;
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                case '\r' -> escaped.append("\\r");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return "SecretMasker[" + secrets.size() + " secrets]";
    }
}
