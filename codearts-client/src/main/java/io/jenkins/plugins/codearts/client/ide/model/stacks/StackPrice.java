package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A price entry.
 *
 * @param arch x86 or arm.
 * @param price price.
 * @param size size, e.g. 1U1G or 5GB.
 * @param type storage or cpuMemory.
 */
public record StackPrice(
        @JsonProperty("arch") String arch,
        @JsonProperty("price") Double price,
        @JsonProperty("size") String size,
        @JsonProperty("type") String type) {
}
