package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A basic plug-in's package: a zip holding {@code codearts-extension.json} (type, name, friendly_name, category,
 * version, inputs, outputs, execution).
 */
final class PluginPackage {

    static final String MANIFEST_FILE = "codearts-extension.json";
    private static final ErrorStyle STYLE = PluginCatalog.STYLE;

    private PluginPackage() {
    }

    /** The package's manifest; a package without a readable one answers an error naming the form field. */
    static ObjectNode readManifest(byte[] content) {
        ObjectNode manifest;
        try {
            manifest = ZipJson.firstObject(content, name -> name.equals(MANIFEST_FILE) || name.endsWith("/" + MANIFEST_FILE));
        } catch (ZipJson.UnreadableZipException unreadable) {
            throw STYLE.invalid("form field 'upload_file' is not a readable plug-in package (" + unreadable.getMessage()
                    + "); upload a zip containing " + MANIFEST_FILE);
        }
        if (manifest == null) {
            throw STYLE.invalid("form field 'upload_file' has no " + MANIFEST_FILE + " object; upload a zip whose "
                    + MANIFEST_FILE + " gives type, name, version, inputs, outputs and execution");
        }
        return manifest;
    }
}
