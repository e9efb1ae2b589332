package io.jenkins.plugins.codearts.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the path-parameter map of a call. Unlike {@link Map#of}, null values are kept so that the transport can
 * report which id was missing instead of failing with a bare NullPointerException.
 */
public final class PathParams {

    private PathParams() {
    }

    /** Alternating names and values: {@code PathParams.of("project_id", projectId, "pipeline_id", pipelineId)}. */
    public static Map<String, String> of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("PathParams.of needs name/value pairs, got an odd number of arguments");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(params);
    }
}
