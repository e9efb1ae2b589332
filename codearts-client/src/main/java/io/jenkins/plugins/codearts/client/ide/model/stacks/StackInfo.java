package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A technology stack (listStacksByTag).
 *
 * @param armConfig arm configuration.
 * @param bundleUrl static resource URL.
 * @param config x86 configuration.
 * @param createdTime creation time.
 * @param delete whether it is deleted.
 * @param description description.
 * @param disable whether it is disabled.
 * @param displayName display name.
 * @param id numeric id.
 * @param label label.
 * @param logo logo.
 * @param region region.
 * @param show whether it is shown.
 * @param stackName stack name, the stack_id instances refer to.
 * @param tags tags.
 * @param updatedTime update time.
 * @param users users.
 */
public record StackInfo(
        @JsonProperty("arm_config") StackConfig armConfig,
        @JsonProperty("bundle_url") String bundleUrl,
        @JsonProperty("config") StackConfig config,
        @JsonProperty("created_time") String createdTime,
        @JsonProperty("delete") Boolean delete,
        @JsonProperty("description") String description,
        @JsonProperty("disable") Boolean disable,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("id") Long id,
        @JsonProperty("label") String label,
        @JsonProperty("logo") String logo,
        @JsonProperty("region") String region,
        @JsonProperty("show") Boolean show,
        @JsonProperty("stack_name") String stackName,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("updated_time") String updatedTime,
        @JsonProperty("users") List<String> users) {
}
