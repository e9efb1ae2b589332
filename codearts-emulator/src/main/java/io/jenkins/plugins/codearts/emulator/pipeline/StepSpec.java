package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one step does when it runs.
 *
 * @param reviewTimeoutMillis for manual reviews: how long the review waits (null = the emulator setting)
 * @param reviewTimeoutOutcome for manual reviews: "PASS" or "REFUSE" on timeout (null = the emulator setting)
 * @param artifacts packages the step produces, listed in the run detail's {@code artifacts} once it completed
 *     (objects as the API spells them: name, packageType, version, downloadUrl; null = none)
 */
public record StepSpec(String name, String task, String identifier, long durationMillis, String outcome,
                       String failureMessage, List<String> logs, JsonNode inputs, Long reviewTimeoutMillis,
                       String reviewTimeoutOutcome, JsonNode artifacts) {

    public static final String MANUAL_REVIEW_TASK = "official_devcloud_checkpoint";
    public static final String AUTO_TRIGGER_TASK = "official_devcloud_autoTrigger";

    public boolean isManualReview() {
        return MANUAL_REVIEW_TASK.equals(task);
    }
}
