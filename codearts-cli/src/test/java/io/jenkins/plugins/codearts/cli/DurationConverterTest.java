package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    @Test
    void acceptsShortFormsAndIso() {
        assertThat(DurationConverter.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationConverter.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationConverter.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationConverter.parse("PT30M")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DurationConverter.parse("pt1s")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rejectsGarbageZeroAndTrailingText() {
        assertThatThrownBy(() -> DurationConverter.parse("30")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'30' is not a duration");
        assertThatThrownBy(() -> DurationConverter.parse("10 minutes")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> DurationConverter.parse("0s")).hasMessageContaining("not a positive duration");
        assertThatThrownBy(() -> DurationConverter.parse("5mx")).hasMessageContaining("is not a duration");
    }
}
