package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the JSON manifest inside an uploaded package (a plug-in zip or a VSIX). */
final class ZipJson {

    /** Manifests are small; a larger entry is read only this far. */
    private static final int MAX_MANIFEST_BYTES = 1 << 20;

    /** The upload is not a zip, or its manifest is not JSON; the message says why. */
    static final class UnreadableZipException extends Exception {
        UnreadableZipException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ZipJson() {
    }

    /**
     * The first entry whose name {@code wanted} accepts, parsed as JSON; null when there is no such entry or it is not
     * a JSON object.
     */
    static ObjectNode firstObject(byte[] zipContent, Predicate<String> wanted) throws UnreadableZipException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipContent), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (wanted.test(entry.getName())) {
                    JsonNode parsed = Json.MAPPER.readTree(zip.readNBytes(MAX_MANIFEST_BYTES));
                    return parsed != null && parsed.isObject() ? (ObjectNode) parsed : null;
                }
            }
            return null;
        } catch (IOException | RuntimeException unreadable) {
            throw new UnreadableZipException(String.valueOf(unreadable.getMessage()), unreadable);
        }
    }
}
