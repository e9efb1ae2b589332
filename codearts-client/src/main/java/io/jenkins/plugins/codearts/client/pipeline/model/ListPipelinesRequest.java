package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Filters of {@code listPipelines}; every field is optional.
 *
 * @param projectIds CodeArts project ids
 * @param componentId microservice id
 * @param name name (fuzzy)
 * @param status run statuses
 * @param isPublish change pipelines only
 * @param creatorIds creator ids
 * @param executorIds executor ids
 * @param startTime start
 * @param endTime end
 * @param offset offset
 * @param limit page size
 * @param sortKey sort key
 * @param sortDir sort direction
 * @param groupPathId group path id
 * @param byGroup group the result
 * @param queryNew new-version pipelines only
 */
public record ListPipelinesRequest(
        @JsonProperty("project_ids") List<String> projectIds,
        @JsonProperty("component_id") String componentId,
        @JsonProperty("name") String name,
        @JsonProperty("status") List<String> status,
        @JsonProperty("is_publish") Boolean isPublish,
        @JsonProperty("creator_ids") List<String> creatorIds,
        @JsonProperty("executor_ids") List<String> executorIds,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("end_time") String endTime,
        @JsonProperty("offset") Long offset,
        @JsonProperty("limit") Long limit,
        @JsonProperty("sort_key") String sortKey,
        @JsonProperty("sort_dir") String sortDir,
        @JsonProperty("group_path_id") String groupPathId,
        @JsonProperty("by_group") Boolean byGroup,
        @JsonProperty("query_new") Boolean queryNew) {

    /** No filter. */
    public static ListPipelinesRequest all() {
        return new ListPipelinesRequest(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The same filters for another page. */
    public ListPipelinesRequest page(long newOffset, long newLimit) {
        return new ListPipelinesRequest(projectIds, componentId, name, status, isPublish, creatorIds, executorIds,
                startTime, endTime, newOffset, newLimit, sortKey, sortDir, groupPathId, byGroup, queryNew);
    }
}
