package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code createIdeInstance}. {@link #toString()} hides the repository token.
 *
 * @param displayName name, 3-100 characters (mandatory)
 * @param stackId technology stack id (mandatory)
 * @param cpuMemory size, e.g. {@code 2U4G} (mandatory)
 * @param pvcQuantity disk: 5GB, 10GB or 20GB (mandatory)
 * @param refreshInterval auto-sleep minutes as a string, e.g. {@code "30"} (mandatory)
 * @param arch {@code x86} or {@code arm}
 * @param description description
 * @param isTemporary page-display flag
 * @param labelTag label (default {@code default})
 * @param pluginEnableList pre-installed plug-ins
 * @param pluginVars plug-in variables
 * @param agentId tutorial agent id
 * @param taskType tutorial task type
 * @param portId ECS port id
 * @param privateIp ECS private IP
 * @param vpcId VPC id
 * @param repositoryId repository id
 * @param token repository token
 * @param instanceDomainId account id of the authorised user
 * @param instanceUserId id of the authorised user
 */
public record CreateIdeInstanceRequest(
        @JsonProperty("display_name") String displayName,
        @JsonProperty("stack_id") String stackId,
        @JsonProperty("cpu_memory") String cpuMemory,
        @JsonProperty("pvc_quantity") String pvcQuantity,
        @JsonProperty("refresh_interval") String refreshInterval,
        @JsonProperty("arch") String arch,
        @JsonProperty("description") String description,
        @JsonProperty("is_temporary") Boolean isTemporary,
        @JsonProperty("label_tag") String labelTag,
        @JsonProperty("plugin_enable_list") List<String> pluginEnableList,
        @JsonProperty("plugin_vars") Map<String, String> pluginVars,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("task_type") String taskType,
        @JsonProperty("port_id") String portId,
        @JsonProperty("private_ip") String privateIp,
        @JsonProperty("vpc_id") String vpcId,
        @JsonProperty("repository_id") Long repositoryId,
        @JsonProperty("token") String token,
        @JsonProperty("instance_domain_id") String instanceDomainId,
        @JsonProperty("instance_user_id") String instanceUserId) {

    /** The five mandatory fields; everything else unset. */
    public static CreateIdeInstanceRequest of(String displayName, String stackId, String cpuMemory, String pvcQuantity,
            String refreshInterval) {
        return new CreateIdeInstanceRequest(displayName, stackId, cpuMemory, pvcQuantity, refreshInterval, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "CreateIdeInstanceRequest[displayName=" + displayName + ", stackId=" + stackId + ", cpuMemory="
                + cpuMemory + ", pvcQuantity=" + pvcQuantity + ", refreshInterval=" + refreshInterval + ", arch=" + arch
                + ", labelTag=" + labelTag + ", token=" + (token == null ? null : "****") + "]";
    }
}
