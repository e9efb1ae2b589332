package io.jenkins.plugins.codearts.client;

import io.jenkins.plugins.codearts.client.internal.PathIds;

/** The rule every id that goes into a request path follows, for callers that check their input before any call. */
public final class ResourceIds {

    private ResourceIds() {
    }

    /**
     * Returns {@code value} when it is a usable id: present, not blank, one path segment, printable, of sane length.
     *
     * @throws CodeArtsInvalidArgumentException naming {@code name}, the value and the fix
     */
    public static String requireValid(String name, String value) {
        return PathIds.validate(null, name, value);
    }
}
