package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A pipeline group (PipelineGroupVo); children are null for leaves.
 *
 * @param id group id.
 * @param domainId tenant id.
 * @param projectId project id.
 * @param name group name.
 * @param parentId parent group id, empty at the top level.
 * @param pathId ancestor ids and own id joined with dots.
 * @param ordinal order among siblings.
 * @param creator creator id.
 * @param updater last updater id. Also read as {@code update}.
 * @param createTime creation time, epoch ms.
 * @param updateTime update time, epoch ms.
 * @param children child groups, null for leaves.
 */
public record PipelineGroup(
        @JsonProperty("id") String id,
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("name") String name,
        @JsonProperty("parent_id") String parentId,
        @JsonProperty("path_id") String pathId,
        @JsonProperty("ordinal") Integer ordinal,
        @JsonProperty("creator") String creator,
        @JsonProperty("updater") @JsonAlias({"update"}) String updater,
        @JsonProperty("create_time") Long createTime,
        @JsonProperty("update_time") Long updateTime,
        @JsonProperty("children") List<PipelineGroup> children) {
}
