package io.jenkins.plugins.codearts.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.emulator.time.EmulatorClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * What route modules share: the simulated clock, the ObjectMapper, id generation, the demo account and validation
 * helpers. Validation helpers throw {@link ValidationException}; the server answers it with the documented error of
 * the route's service, naming the field.
 */
public final class EmulatorContext {

    private static final DateTimeFormatter DOC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EmulatorClock clock;
    private final ObjectMapper mapper;
    private final DemoAccount demo;
    private volatile String baseUrl;
    private final ConcurrentMap<Class<?>, Object> shared = new ConcurrentHashMap<>();

    public EmulatorContext(EmulatorClock clock, ObjectMapper mapper, DemoAccount demo) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.demo = Objects.requireNonNull(demo, "demo");
    }

    /** Set by the emulator once the port is bound (routes are registered before that, so read it per request). */
    public void baseUrl(String boundBaseUrl) {
        this.baseUrl = boundBaseUrl;
    }

    /** Simulated time; use it for every timestamp so speed factors and manual clocks work. */
    public EmulatorClock clock() {
        return clock;
    }

    public long nowMillis() {
        return clock.millis();
    }

    /** Now as the documents' {@code "yyyy-MM-dd HH:mm:ss"} string (UTC). */
    public String nowDocTime() {
        return docTime(clock.millis());
    }

    /** Epoch ms as the documents' {@code "yyyy-MM-dd HH:mm:ss"} string (UTC). */
    public static String docTime(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).format(DOC_TIME);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public DemoAccount demo() {
        return demo;
    }

    /** e.g. {@code http://127.0.0.1:8089}; known once the server is bound, so read it while handling a request. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A new 32-character lower-case hex id, the shape of CodeArts ids. */
    public String newId() {
        UUID uuid = UUID.randomUUID();
        return String.format("%016x%016x", uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    /**
     * One instance per emulator of a state holder, created on first use. Lets modules share state (e.g. the pipeline
     * store) without static fields, so two emulators in one JVM stay independent.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Class<T> type, Supplier<T> factory) {
        return (T) shared.computeIfAbsent(type, k -> factory.get());
    }

    // ---- validation helpers -------------------------------------------------------------------------------------

    /** A mandatory non-blank string field. */
    public String requireText(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new ValidationException(field, "'" + field + "' is required; add it to the request body as a string");
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, "'" + field + "' must be a string, was " + describe(value));
        }
        if (value.asText().isBlank()) {
            throw new ValidationException(field, "'" + field + "' must not be blank");
        }
        return value.asText();
    }

    /** An optional string field; {@code null} when absent or JSON null. */
    public String optionalText(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, "'" + field + "' must be a string, was " + describe(value));
        }
        return value.asText();
    }

    /** A mandatory string whose length is within bounds. */
    public String requireTextLength(JsonNode json, String field, int minLength, int maxLength) {
        String value = requireText(json, field);
        if (value.length() < minLength || value.length() > maxLength) {
            throw new ValidationException(field, "'" + field + "' must be " + minLength + ".." + maxLength
                    + " characters long, was " + value.length());
        }
        return value;
    }

    /** A mandatory integer field within bounds (a numeric string is accepted, as the documents type some as String). */
    public long requireLong(JsonNode json, String field, long min, long max) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new ValidationException(field, "'" + field + "' is required; add it as an integer between " + min + " and " + max);
        }
        return checkLong(field, value, min, max);
    }

    /** An optional integer field within bounds, or the default. */
    public long optionalLong(JsonNode json, String field, long defaultValue, long min, long max) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return defaultValue;
        }
        return checkLong(field, value, min, max);
    }

    private static long checkLong(String field, JsonNode value, long min, long max) {
        long parsed;
        if (value.canConvertToLong() && value.isIntegralNumber()) {
            parsed = value.asLong();
        } else if (value.isTextual()) {
            try {
                parsed = Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                throw new ValidationException(field, "'" + field + "' must be an integer, was " + describe(value));
            }
        } else {
            throw new ValidationException(field, "'" + field + "' must be an integer, was " + describe(value));
        }
        if (parsed < min || parsed > max) {
            throw new ValidationException(field, "'" + field + "' must be between " + min + " and " + max + ", was " + parsed);
        }
        return parsed;
    }

    /** An optional boolean field, or the default. */
    public boolean optionalBoolean(JsonNode json, String field, boolean defaultValue) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw new ValidationException(field, "'" + field + "' must be true or false, was " + describe(value));
        }
        return value.asBoolean();
    }

    /** A mandatory string that must be one of the allowed values (case-sensitive, as the documents list them). */
    public String requireEnum(JsonNode json, String field, String... allowed) {
        return checkEnum(field, requireText(json, field), Arrays.asList(allowed));
    }

    /** An optional enumerated string, or the default. */
    public String optionalEnum(JsonNode json, String field, String defaultValue, String... allowed) {
        String value = optionalText(json, field);
        return value == null ? defaultValue : checkEnum(field, value, Arrays.asList(allowed));
    }

    /** Checks an already-read value against allowed values. */
    public String checkEnum(String field, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            throw new ValidationException(field, "'" + field + "' must be one of " + allowed + ", was '" + value + "'");
        }
        return value;
    }

    /** A mandatory JSON object field. */
    public JsonNode requireObject(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || !value.isObject()) {
            throw new ValidationException(field, "'" + field + "' is required and must be a JSON object"
                    + (value == null ? "" : ", was " + describe(value)));
        }
        return value;
    }

    /** A mandatory JSON array field. */
    public JsonNode requireArray(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || !value.isArray()) {
            throw new ValidationException(field, "'" + field + "' is required and must be a JSON array"
                    + (value == null ? "" : ", was " + describe(value)));
        }
        return value;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }
}
