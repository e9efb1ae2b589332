package io.jenkins.plugins.codearts.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code 90s}, {@code 30m}, {@code 1h30m}, {@code 500ms}, {@code 2d} or ISO-8601 {@code PT30M}. */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    public static Duration parse(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("p")) {
            try {
                return positive(value, Duration.parse(text.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        Matcher matcher = PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
            end = matcher.end();
        }
        if (end == 0 || end != text.length()) {
            throw invalid(value);
        }
        return positive(value, total);
    }

    private static Duration positive(String value, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration; use e.g. 90s, 30m or 1h30m");
        }
        return duration;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration; use e.g. 90s, 30m, 1h30m or PT30M");
    }
}
