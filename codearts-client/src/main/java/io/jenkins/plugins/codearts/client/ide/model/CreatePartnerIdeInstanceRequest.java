package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code createPartnerIdeInstance} (third-party integrators).
 *
 * @param instanceName name, 3-100 characters (mandatory)
 * @param stackId technology stack id (mandatory)
 * @param cpuMemory size (mandatory)
 * @param pvcQuantity disk: 5GB, 10GB or 20GB (mandatory)
 * @param refreshTime auto-sleep minutes as a string
 * @param arch {@code x86} or {@code arm}
 * @param description description, at most 100 characters
 * @param instanceUserDomainId account id of the user
 * @param instanceUserId user id
 * @param isTemporary page-display flag
 * @param plugins plug-ins
 */
public record CreatePartnerIdeInstanceRequest(
        @JsonProperty("instance_name") String instanceName,
        @JsonProperty("stack_id") String stackId,
        @JsonProperty("cpu_memory") String cpuMemory,
        @JsonProperty("pvc_quantity") String pvcQuantity,
        @JsonProperty("refresh_time") String refreshTime,
        @JsonProperty("arch") String arch,
        @JsonProperty("description") String description,
        @JsonProperty("instance_user_domain_id") String instanceUserDomainId,
        @JsonProperty("instance_user_id") String instanceUserId,
        @JsonProperty("is_temporary") Boolean isTemporary,
        @JsonProperty("plugins") List<IdePlugin> plugins) {
}
