package io.jenkins.plugins.codearts.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API operation: its documented name, HTTP method, path template with {@code {placeholders}}, the service
 * whose endpoint it is sent to, and whether it may be retried.
 */
public record Operation(String name, String method, String pathTemplate, CloudService service,
        RetrySafety retrySafety) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(retrySafety, "retrySafety");
        method = method.toUpperCase(Locale.ROOT);
        if (!pathTemplate.startsWith("/")) {
            throw new IllegalArgumentException("path template of " + name + " must start with '/': " + pathTemplate);
        }
    }

    /** The names of the path placeholders, in order ({@code project_id}, {@code pipeline_id}, ...). */
    public List<String> pathParameterNames() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pathTemplate);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    /** Whether a request of this operation carries a body (POST and PUT). */
    public boolean hasRequestBody() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + pathTemplate + ")";
    }
}
