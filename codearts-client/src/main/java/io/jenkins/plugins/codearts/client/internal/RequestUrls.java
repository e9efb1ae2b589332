package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.Query;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/** Builds an operation's request URL from the configured endpoint, its path template, the ids and the query. */
final class RequestUrls {

    private final CodeArtsConfig config;

    RequestUrls(CodeArtsConfig config) {
        this.config = config;
    }

    /**
     * The service endpoint plus the path template with each placeholder replaced by its percent-encoded id, plus
     * the query.
     *
     * @throws CodeArtsInvalidArgumentException when an id is missing, empty or malformed, or a name is unknown
     */
    HttpUrl url(Operation operation, Map<String, String> pathParams, Query query) {
        Map<String, String> params = pathParams == null ? Map.of() : pathParams;
        List<String> expected = operation.pathParameterNames();
        Set<String> unknown = new HashSet<>(params.keySet());
        expected.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "path parameter", String.join(", ", unknown),
                    "is not part of " + operation.pathTemplate() + "; expected "
                            + (expected.isEmpty() ? "no path parameters" : String.join(", ", expected)));
        }
        HttpUrl base = HttpUrl.parse(config.endpoint(operation.service()));
        if (base == null) {
            throw new CodeArtsInvalidArgumentException(operation.name(), operation.service().name().toLowerCase(Locale.ROOT)
                    + " endpoint", config.endpoint(operation.service()), "is not a valid URL");
        }
        HttpUrl.Builder url = base.newBuilder();
        // Drop the empty segment of an endpoint without path, then append the template's segments.
        List<String> baseSegments = base.pathSegments();
        if (baseSegments.size() == 1 && baseSegments.get(0).isEmpty()) {
            url.encodedPath("/");
            url.removePathSegment(0);
        }
        for (String segment : operation.pathTemplate().substring(1).split("/", -1)) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                url.addEncodedPathSegment(AkSkSigner.encode(PathIds.validate(operation, name, params.get(name))));
            } else {
                url.addEncodedPathSegment(segment);
            }
        }
        if (query != null) {
            for (Map.Entry<String, String> entry : query.entries()) {
                url.addEncodedQueryParameter(AkSkSigner.encode(entry.getKey()), AkSkSigner.encode(entry.getValue()));
            }
        }
        return url.build();
    }
}
