package io.jenkins.plugins.codearts.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Maps (method, path) to a handler. Templates are documented paths such as
 * {@code /v5/{project_id}/api/pipelines/{pipeline_id}/run}; a {@code {name}} segment matches any one segment. When
 * several templates match, the one with a literal segment where the other has a parameter wins, comparing segments
 * left to right ({@code /v2/instances/duplicate} beats {@code /v2/instances/{instance_id}}). A trailing slash on the
 * request path is ignored.
 */
public final class Router {

    /** One registered route. */
    public record Route(String operationName, String method, String pathTemplate, Service service,
                        List<String> segments, RouteHandler handler) {
        boolean isParam(int index) {
            String s = segments.get(index);
            return s.startsWith("{") && s.endsWith("}");
        }
    }

    /** A route that matched, with its decoded path parameters. */
    public record Match(Route route, Map<String, String> pathParams) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * Registers a route.
     *
     * @param operationName the name from codearts-api-operations.tsv (used by fault injection and logs)
     * @throws IllegalArgumentException on a malformed template or a duplicate (method, template) / operation name
     */
    public Router add(String operationName, String method, String pathTemplate, RouteHandler handler) {
        return add(operationName, method, pathTemplate, Service.ofPathTemplate(pathTemplate), handler);
    }

    /** As {@link #add(String, String, String, RouteHandler)} with an explicit service (decides validation errors). */
    public Router add(String operationName, String method, String pathTemplate, Service service, RouteHandler handler) {
        if (operationName == null || operationName.isBlank()) {
            throw new IllegalArgumentException("operationName must not be blank (use the name from codearts-api-operations.tsv)");
        }
        if (!pathTemplate.startsWith("/")) {
            throw new IllegalArgumentException("pathTemplate must start with '/', was '" + pathTemplate + "'");
        }
        String upperMethod = method.toUpperCase(Locale.ROOT);
        List<String> segments = split(pathTemplate);
        for (String segment : segments) {
            boolean open = segment.contains("{");
            boolean close = segment.contains("}");
            if ((open || close) && !(segment.startsWith("{") && segment.endsWith("}") && segment.length() > 2)) {
                throw new IllegalArgumentException("path parameter must fill a whole segment: '" + segment + "' in " + pathTemplate);
            }
        }
        for (Route existing : routes) {
            if (existing.operationName.equals(operationName)) {
                throw new IllegalArgumentException("operation '" + operationName + "' is already registered as "
                        + existing.method + " " + existing.pathTemplate);
            }
            if (existing.method.equals(upperMethod) && normalise(existing.segments).equals(normalise(segments))) {
                throw new IllegalArgumentException(upperMethod + " " + pathTemplate + " clashes with operation '"
                        + existing.operationName + "' (" + existing.pathTemplate + ")");
            }
        }
        routes.add(new Route(operationName, upperMethod, pathTemplate, service, List.copyOf(segments), handler));
        return this;
    }

    /** Finds the best route for a request, or {@code null}. {@code rawPath} is the undecoded path without query. */
    public Match match(String method, String rawPath) {
        List<String> requestSegments = split(rawPath);
        Route best = null;
        for (Route route : routes) {
            if (!route.method.equals(method) || route.segments.size() != requestSegments.size()) {
                continue;
            }
            if (matches(route, requestSegments) && (best == null || moreSpecific(route, best))) {
                best = route;
            }
        }
        if (best == null) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < best.segments.size(); i++) {
            if (best.isParam(i)) {
                String name = best.segments.get(i);
                params.put(name.substring(1, name.length() - 1), decode(requestSegments.get(i)));
            }
        }
        return new Match(best, Collections.unmodifiableMap(params));
    }

    /** Methods that have a route for this path, for a 405 answer. Empty when the path is unknown. */
    public Set<String> allowedMethods(String rawPath) {
        List<String> requestSegments = split(rawPath);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.segments.size() == requestSegments.size() && matches(route, requestSegments)) {
                methods.add(route.method);
            }
        }
        return methods;
    }

    /** Every route, in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route registered under an operation name, or {@code null}. */
    public Route route(String operationName) {
        for (Route route : routes) {
            if (route.operationName.equals(operationName)) {
                return route;
            }
        }
        return null;
    }

    private static boolean matches(Route route, List<String> requestSegments) {
        for (int i = 0; i < requestSegments.size(); i++) {
            if (!route.isParam(i) && !route.segments.get(i).equals(decode(requestSegments.get(i)))) {
                return false;
            }
            if (route.isParam(i) && requestSegments.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean moreSpecific(Route candidate, Route current) {
        for (int i = 0; i < candidate.segments.size(); i++) {
            boolean candidateParam = candidate.isParam(i);
            boolean currentParam = current.isParam(i);
            if (candidateParam != currentParam) {
                return !candidateParam;
            }
        }
        return false;
    }

    private static List<String> normalise(List<String> segments) {
        List<String> result = new ArrayList<>(segments.size());
        for (String s : segments) {
            result.add(s.startsWith("{") ? "{}" : s);
        }
        return result;
    }

    static List<String> split(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        int start = 1;
        if (trimmed.equals("/") || trimmed.isEmpty()) {
            return segments;
        }
        while (start <= trimmed.length()) {
            int slash = trimmed.indexOf('/', start);
            if (slash < 0) {
                slash = trimmed.length();
            }
            segments.add(trimmed.substring(start, slash));
            start = slash + 1;
        }
        return segments;
    }

    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        // Path segments keep '+' as a literal plus; only %XX escapes are decoded.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
