package io.jenkins.plugins.codearts.emulator.crud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the upload packages the tests send: plug-in zips and VSIX files. */
final class Packages {

    private Packages() {
    }

    static byte[] zip(String entryName, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("scripts/run.sh"));
            zip.write("#!/bin/sh\necho running\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A basic plug-in package with codearts-extension.json. */
    static byte[] basicPlugin(String name, String version) {
        return zip("codearts-extension.json", """
                {"type":"Task","name":"%s","friendly_name":"%s tool","category":"Test","version":"%s",
                 "description":"runs the test script","version_description":"first cut",
                 "inputs":[{"name":"script","type":"input","label":"Script","required":true,"default_value":"run.sh"}],
                 "outputs":[{"name":"report","type":"string","description":"report path"}],
                 "execution":{"type":"Shell","target":"scripts/run.sh"}}
                """.formatted(name, name, version));
    }

    /** A VSIX with extension/package.json. */
    static byte[] vsix(String publisher, String name, String version) {
        return zip("extension/package.json", """
                {"name":"%s","publisher":"%s","version":"%s","displayName":"%s display","description":"test extension",
                 "categories":["Snippets"],"keywords":["test"]}
                """.formatted(name, publisher, version, name));
    }

    static String md5(byte[] content) {
        return digest("MD5", content);
    }

    static String sha256(byte[] content) {
        return digest("SHA-256", content);
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
