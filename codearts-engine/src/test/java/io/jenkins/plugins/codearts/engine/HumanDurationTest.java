package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

    @ParameterizedTest(name = "{0} ms reads \"{1}\"")
    @CsvSource({
            "0, 0 ms",
            "250, 250 ms",
            "1000, 1 s",
            "1500, 1.5 s",
            "59940, 59.9 s",
            "60000, 1 min",
            "600000, 10 min",
            "605000, 10 min 5 s",
            "3600000, 1 h",
            "3900000, 1 h 5 min",
            "3905000, 1 h 5 min",
            "172883000, 2 d",
            "90061000, 1 d 1 h",
            "172800000, 2 d",
            "-600000, -10 min",
    })
    void readsAsPeopleWriteIt(long millis, String expected) {
        assertThat(HumanDuration.format(Duration.ofMillis(millis))).isEqualTo(expected);
    }
}
