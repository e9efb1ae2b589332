package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Operation;

/** Checks the offset and limit of single-page calls before anything is sent. */
public final class PageArguments {

    private PageArguments() {
    }

    /**
     * @throws CodeArtsInvalidArgumentException when the offset is negative or the limit below 1
     */
    public static void check(Operation operation, long offset, long limit) {
        if (offset < 0) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "offset", String.valueOf(offset),
                    "must be 0 or more (the first page starts at offset 0)");
        }
        if (limit < 1) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "limit", String.valueOf(limit),
                    "must be at least 1 (the number of items per page)");
        }
    }
}
