package io.jenkins.plugins.codearts.emulator.crud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex digests of uploads and texts, as the documents' md5 and sha256 fields carry them. */
final class Digests {

    private Digests() {
    }

    /** The hex digest of {@code content} with {@code algorithm} ("MD5", "SHA-256"). */
    static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /** The hex SHA-256 of a text's UTF-8 bytes. */
    static String sha256(String text) {
        return hex("SHA-256", text.getBytes(StandardCharsets.UTF_8));
    }
}
