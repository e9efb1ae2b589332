package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * An IDE Online instance (the document's InstancesVO). Times are {@code yyyy-MM-dd HH:mm:ss} strings.
 *
 * @param id instance id
 * @param name internal name
 * @param displayName display name
 * @param description description
 * @param arch {@code x86} or {@code arm}
 * @param attributes resource limits
 * @param cpuMemory size, e.g. {@code 2U4G}
 * @param createdTime created
 * @param updatedTime updated
 * @param domainName account name
 * @param isTemporary page-display flag
 * @param label label
 * @param link URL that opens the IDE
 * @param organizationId account (domain) id
 * @param ownerId owner id
 * @param ownerName owner name
 * @param platformId platform id
 * @param privateFlag whether private
 * @param pvcQuantity disk, e.g. {@code 5GB}
 * @param refreshInterval auto-sleep minutes (-1: never); a number in responses
 * @param region region
 * @param serverMap servers
 * @param serverUrl server URL
 * @param stackId technology stack id
 * @param status instance status
 * @param visitorId visitor id
 * @param visitorName visitor name
 * @param visitorDomainName visitor account name
 */
public record IdeInstance(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("description") String description,
        @JsonProperty("arch") String arch,
        @JsonProperty("attributes") IdeInstanceAttributes attributes,
        @JsonProperty("cpu_memory") String cpuMemory,
        @JsonProperty("created_time") String createdTime,
        @JsonProperty("updated_time") String updatedTime,
        @JsonProperty("domain_name") String domainName,
        @JsonProperty("is_temporary") Boolean isTemporary,
        @JsonProperty("label") String label,
        @JsonProperty("link") String link,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("owner_name") String ownerName,
        @JsonProperty("platform_id") Long platformId,
        @JsonProperty("private") Boolean privateFlag,
        @JsonProperty("pvc_quantity") String pvcQuantity,
        @JsonProperty("refresh_interval") Long refreshInterval,
        @JsonProperty("region") String region,
        @JsonProperty("server_map") Map<String, String> serverMap,
        @JsonProperty("server_url") String serverUrl,
        @JsonProperty("stack_id") String stackId,
        @JsonProperty("status") IdeInstanceStatus status,
        @JsonProperty("visitor_id") String visitorId,
        @JsonProperty("visitor_name") String visitorName,
        @JsonProperty("visitor_domain_name") String visitorDomainName) {
}
