package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Resource limits of an IDE instance.
 *
 * @param cpuLimit CPU cores
 * @param memoryLimitBytes memory in bytes
 * @param pvcQuantity disk, e.g. {@code 5Gi}
 */
public record IdeInstanceAttributes(
        @JsonProperty("cpu_limit") String cpuLimit,
        @JsonProperty("memory_limit_bytes") String memoryLimitBytes,
        @JsonProperty("pvc_quantity") String pvcQuantity) {
}
