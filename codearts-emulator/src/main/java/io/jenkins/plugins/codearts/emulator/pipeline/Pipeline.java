package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A pipeline as stored: identity, the stages it runs, and the documented descriptive fields. */
public final class Pipeline {

    final String id;
    final String projectId;
    volatile String name;
    volatile String description;
    final boolean isPublish;
    final String componentId;
    final String creatorId;
    final long createTime;
    final List<StageSpec> stages;
    /** The documented CodeSource array, echoed in run details. */
    final JsonNode sources;
    /** Custom variables (CV array). */
    final JsonNode variables;
    final String groupId;
    int nextRunNumber = 1;

    Pipeline(String id, String projectId, String name, String description, boolean isPublish, String componentId,
             String creatorId, long createTime, List<StageSpec> stages, JsonNode sources, JsonNode variables, String groupId) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.description = description;
        this.isPublish = isPublish;
        this.componentId = componentId;
        this.creatorId = creatorId;
        this.createTime = createTime;
        this.stages = stages;
        this.sources = sources;
        this.variables = variables;
        this.groupId = groupId;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public List<StageSpec> stages() {
        return stages;
    }

    @Override
    public String toString() {
        return "Pipeline[id=" + id + ", name=" + name + ", projectId=" + projectId + "]";
    }
}
