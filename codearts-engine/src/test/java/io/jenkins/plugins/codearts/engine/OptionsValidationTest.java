package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsValidationTest {

    @Test
    void badOptionsNameTheFieldTheValueAndTheFix() {
        assertThatThrownBy(() -> FollowOptions.builder().timeout(Duration.ofSeconds(-5)))
                .hasMessage("timeout is PT-5S; use a positive duration such as PT5S");
        assertThatThrownBy(() -> FollowOptions.builder().maxLogBytes(0)).hasMessageContaining("maxLogBytes is 0");
        assertThatThrownBy(() -> FollowOptions.builder().jitter(0.9)).hasMessageContaining("jitter is 0.9");
        assertThatThrownBy(() -> FollowOptions.builder().fastPoll(Duration.ofSeconds(9)).build())
                .hasMessageContaining("idlePoll (PT5S) is shorter than fastPoll (PT9S)");
        assertThatThrownBy(() -> FollowOptions.builder().unreachableTimeout(Duration.ofSeconds(-1)))
                .hasMessage("unreachableTimeout is PT-1S; use zero or a positive duration such as PT30S");
        assertThatThrownBy(() -> FollowOptions.builder().unreadableLogTimeout(null))
                .hasMessageContaining("unreadableLogTimeout is null");
    }

    @Test
    void waitsForTheServiceHaveDefaultsAndScaleWithTheEmulator() {
        FollowOptions defaults = FollowOptions.defaults();
        assertThat(defaults.unreachableTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.unreadableLogTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.labelInterleavedLogs()).isTrue();
        FollowOptions fast = FollowOptions.builder().pollSpeedup(20).build();
        assertThat(fast.unreadableLogTimeout()).isEqualTo(Duration.ofSeconds(6));
        assertThat(fast.unreachableTimeout()).as("a network wait, not the service's").isEqualTo(Duration.ofMinutes(2));
        assertThat(fast.toBuilder().labelInterleavedLogs(false).build().labelInterleavedLogs()).isFalse();
    }

    @Test
    void optionsAreImmutableAndCopyable() {
        FollowOptions base = FollowOptions.defaults();
        FollowOptions changed = base.toBuilder().prefixLines(true).timeout(Duration.ofMinutes(5)).build();
        assertThat(base.prefixLines()).isFalse();
        assertThat(base.timeout()).isNull();
        assertThat(changed.prefixLines()).isTrue();
        assertThat(changed.timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void requestsCheckTheirFields() {
        assertThatThrownBy(() -> RunRef.of("p", " ", "r")).hasMessageStartingWith("pipelineId is blank");
        assertThatThrownBy(() -> StartRunRequest.builder("p", "q").variable("secret", null))
                .hasMessageContaining("variables[secret].value is missing");
        assertThatThrownBy(() -> IdeInstanceSpec.builder("org", "ab", "stack"))
                .hasMessage("displayName 'ab' has 2 characters; use 3 to 100");
        assertThatThrownBy(() -> IdeInstanceSpec.builder("org", "my-ide", "stack").arch("arm").build())
                .hasMessageContaining("arm supports 4U8G only");
    }

    @Test
    void variableValuesNeverShowInToString() {
        StartRunRequest request = StartRunRequest.builder("p", "q").variable("TOKEN", "s3cr3t-value").build();
        assertThat(request.toString()).contains("TOKEN").doesNotContain("s3cr3t-value");
    }
}
