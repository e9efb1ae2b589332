package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.JobRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StageRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StepRun;
import java.util.ArrayList;
import java.util.List;

/** Renders runs in the documented shapes (StageRun, JobRun, StepRun, LatestRun, run detail). Call under the {@link PipelineStore} lock. */
final class RunJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** RunPipelineSource.params of the run detail (Doc A table 4-52, without build_params). */
    private static final List<String> SOURCE_PARAMS = List.of("git_type", "git_url", "ssh_git_url", "web_url",
            "repo_name", "default_branch", "endpoint_id", "codehub_id", "alias");

    /** build_params of the run detail's sources (Doc A table 4-53: the LatestRun fields without git_url). */
    private static final List<String> RUN_BUILD_PARAMS = List.of("action", "build_type", "commit_id", "event_type",
            "merge_id", "message", "source_branch", "tag", "target_branch", "codehub_id", "source_codehub_id",
            "source_codehub_url", "source_codehub_http_url");

    private RunJson() {
    }

    static String detailUrl(EmulatorContext context, PipelineRun run) {
        return context.baseUrl() + "/ui/projects/" + run.pipeline.projectId + "/pipelines/" + run.pipeline.id
                + "/runs/" + run.id;
    }

    static String modifyUrl(EmulatorContext context, Pipeline pipeline) {
        return context.baseUrl() + "/ui/projects/" + pipeline.projectId + "/pipelines/" + pipeline.id + "/edit";
    }

    static ObjectNode detail(EmulatorContext context, DisplayedStatus displayed, PipelineRun run) {
        Pipeline pipeline = run.pipeline;
        ObjectNode node = F.objectNode();
        node.put("id", run.id);
        node.put("pipeline_id", pipeline.id);
        node.put("manifest_version", "3.0");
        node.put("name", pipeline.name);
        node.put("description", run.description == null ? pipeline.description : run.description);
        node.put("is_publish", pipeline.isPublish);
        node.put("executor_id", run.executorId);
        node.put("executor_name", run.executorName);
        node.put("status", displayed.of(run));
        node.put("trigger_type", "Manual");
        node.put("run_number", run.runNumber);
        putTime(node, "start_time", run.startTime);
        putTime(node, "end_time", run.endTime);
        ArrayNode stages = node.putArray("stages");
        for (StageRun stage : run.stages) {
            stages.add(stage(displayed, stage));
        }
        node.put("domain_id", context.demo().domainId());
        node.put("project_id", pipeline.projectId);
        node.put("region", context.demo().region());
        node.put("component_id", pipeline.componentId == null ? "" : pipeline.componentId);
        node.put("language", "en-us");
        node.set("sources", runSources(run));
        putArtifacts(node.putArray("artifacts"), run);
        node.put("subject_id", run.id);
        node.put("group_id", PipelineRoutes.groupOf(context, pipeline));
        node.putNull("group_name");
        node.put("detail_url", detailUrl(context, run));
        // Doc A table 4-46 says String; the SDK (ShowPipelineRunDetailResponse) declares a Long and cannot read a string.
        node.put("current_system_time", context.nowMillis());
        return node;
    }

    /** The packages of the run's completed steps that declare {@code artifacts}, in pipeline order. */
    private static void putArtifacts(ArrayNode artifacts, PipelineRun run) {
        for (StageRun stage : run.stages) {
            List<StepRun> steps = new ArrayList<>(stage.pre);
            stage.jobs.forEach(job -> steps.addAll(job.steps));
            steps.addAll(stage.post);
            for (StepRun step : steps) {
                if (step.spec.artifacts() != null && RunModel.COMPLETED.equals(step.status)) {
                    step.spec.artifacts().forEach(artifacts::add);
                }
            }
        }
    }

    private static ObjectNode stage(DisplayedStatus displayed, StageRun stage) {
        ObjectNode node = F.objectNode();
        node.put("id", stage.id);
        node.putNull("category");
        node.put("name", stage.spec.name());
        node.put("identifier", stage.spec.identifier());
        node.put("run_always", false);
        node.putNull("parallel");
        node.put("is_select", stage.selected);
        node.put("sequence", stage.sequence);
        node.putArray("depends_on");
        node.putNull("condition");
        node.put("status", displayed.of(stage));
        putTime(node, "start_time", stage.startTime);
        putTime(node, "end_time", stage.endTime);
        ArrayNode pre = node.putArray("pre");
        stage.pre.forEach(step -> pre.add(step(step)));
        ArrayNode post = node.putArray("post");
        stage.post.forEach(step -> post.add(step(step)));
        ArrayNode jobs = node.putArray("jobs");
        for (JobRun job : stage.jobs) {
            jobs.add(job(displayed, job));
        }
        return node;
    }

    private static ObjectNode job(DisplayedStatus displayed, JobRun job) {
        ObjectNode node = F.objectNode();
        node.put("id", job.id);
        node.putNull("category");
        node.put("sequence", job.sequence);
        node.putNull("async");
        node.put("name", job.spec.name());
        node.put("identifier", job.spec.identifier());
        node.putArray("depends_on");
        node.putNull("condition");
        node.putNull("resource");
        node.put("is_select", job.selected);
        node.put("timeout", "");
        node.put("last_dispatch_id", job.lastDispatchId);
        node.put("status", displayed.of(job));
        node.put("message", job.message);
        putTime(node, "start_time", job.startTime);
        putTime(node, "end_time", job.endTime);
        ArrayNode steps = node.putArray("steps");
        job.steps.forEach(step -> steps.add(step(step)));
        node.put("exec_id", job.lastDispatchId);
        return node;
    }

    private static ObjectNode step(StepRun step) {
        ObjectNode node = F.objectNode();
        node.put("name", step.spec.name());
        node.put("task", step.spec.task());
        node.putNull("business_type");
        if (step.spec.inputs() == null) {
            node.putNull("inputs");
        } else {
            node.set("inputs", step.spec.inputs());
        }
        node.put("sequence", step.sequence);
        node.putNull("official_task_version");
        node.put("identifier", step.spec.identifier());
        node.put("multi_step_editable", 0);
        node.put("id", step.id);
        node.putNull("endpoint_ids");
        node.put("last_dispatch_id", step.lastDispatchId);
        node.put("status", step.status);
        node.put("message", step.message);
        putTime(node, "start_time", step.startTime);
        putTime(node, "end_time", step.endTime);
        return node;
    }

    /** The LatestRun shape used by batchShowPipelineStatus, listPipelines and listPipelineRuns. */
    static ObjectNode latestRun(EmulatorContext context, DisplayedStatus displayed, PipelineRun run, boolean stageIds) {
        ObjectNode node = F.objectNode();
        node.put("pipeline_id", run.pipeline.id);
        node.put("pipeline_run_id", run.id);
        node.put("executor_id", run.executorId);
        node.put("executor_name", run.executorName);
        ArrayNode stages = node.putArray("stage_status_list");
        for (StageRun stage : run.stages) {
            ObjectNode item = stages.addObject();
            item.put("name", stage.spec.name());
            item.put("sequence", stage.sequence);
            item.put("status", displayed.of(stage));
            item.put("start_time", stage.startTime == null ? null : EmulatorContext.docTime(stage.startTime));
            item.put("end_time", stage.endTime == null ? null : EmulatorContext.docTime(stage.endTime));
            if (stageIds) {
                item.put("id", stage.id);
            }
        }
        node.put("status", displayed.of(run));
        node.put("run_number", run.runNumber);
        node.put("trigger_type", "Manual");
        node.set("build_params", buildParams(runSources(run)));
        ObjectNode artifacts = node.putObject("artifact_params");
        artifacts.putNull("version");
        artifacts.putNull("branch_filter");
        artifacts.putNull("package_name");
        artifacts.putNull("organization");
        putTime(node, "start_time", run.startTime);
        putTime(node, "end_time", run.endTime);
        node.put("modify_url", modifyUrl(context, run.pipeline));
        node.put("detail_url", detailUrl(context, run));
        return node;
    }

    private static ObjectNode buildParams(ArrayNode sources) {
        ObjectNode out = F.objectNode();
        JsonNode first = sources.isEmpty() ? F.objectNode() : sources.get(0).path("params");
        JsonNode build = first.path("build_params");
        for (String field : List.of("action", "build_type", "commit_id", "event_type", "merge_id", "message",
                "source_branch", "tag", "target_branch")) {
            JsonNode value = build.get(field);
            out.set(field, value == null ? F.nullNode() : value);
        }
        out.set("codehub_id", first.has("codehub_id") ? first.get("codehub_id") : F.nullNode());
        out.set("git_url", first.has("git_url") ? first.get("git_url") : F.nullNode());
        for (String field : List.of("source_codehub_id", "source_codehub_url", "source_codehub_http_url")) {
            out.putNull(field);
        }
        return out;
    }

    /** The run's sources: the ones given to runPipeline, else the pipeline's, with build params filled in. */
    static ArrayNode runSources(PipelineRun run) {
        ArrayNode result = F.arrayNode();
        JsonNode given = run.sources != null && run.sources.isArray() && !run.sources.isEmpty() ? run.sources : run.pipeline.sources;
        if (given == null || !given.isArray()) {
            return result;
        }
        for (JsonNode source : given) {
            ObjectNode copy = source.deepCopy();
            ObjectNode params = copy.has("params") && copy.get("params").isObject() ? (ObjectNode) copy.get("params") : copy.putObject("params");
            ObjectNode build = params.has("build_params") && params.get("build_params").isObject()
                    ? (ObjectNode) params.get("build_params") : params.putObject("build_params");
            if (!build.hasNonNull("build_type")) {
                build.put("build_type", "branch");
            }
            if (!build.hasNonNull("target_branch") && build.path("build_type").asText().equals("branch")) {
                build.put("target_branch", params.path("default_branch").asText("master"));
            }
            if (!build.hasNonNull("event_type")) {
                build.put("event_type", "Manual");
            }
            if (!build.hasNonNull("commit_id")) {
                build.put("commit_id", fakeCommit(run.id));
            }
            // Every field of Doc A tables 4-52/4-53 is present, null when unknown, as in the Doc A §4.2.3 example.
            for (String field : SOURCE_PARAMS) {
                if (!params.has(field)) {
                    params.putNull(field);
                }
            }
            for (String field : RUN_BUILD_PARAMS) {
                if (!build.has(field)) {
                    build.putNull(field);
                }
            }
            result.add(copy);
        }
        return result;
    }

    /** A stable 40-hex commit id derived from the run id, so repeated reads agree. */
    private static String fakeCommit(String runId) {
        String base = (runId + runId + "0000000000").replaceAll("[^0-9a-f]", "0");
        return base.substring(0, 40);
    }

    static ObjectNode pipelineListItem(EmulatorContext context, DisplayedStatus displayed, Pipeline pipeline, PipelineRun latest) {
        ObjectNode node = F.objectNode();
        node.put("pipeline_id", pipeline.id);
        node.put("name", pipeline.name);
        node.put("project_id", pipeline.projectId);
        node.put("project_name", "demo-project");
        node.put("component_id", pipeline.componentId == null ? "" : pipeline.componentId);
        node.put("is_publish", pipeline.isPublish);
        node.put("is_collect", false);
        node.put("manifest_version", "3.0");
        node.put("create_time", pipeline.createTime);
        if (latest == null) {
            node.putNull("latest_run");
        } else {
            node.set("latest_run", latestRun(context, displayed, latest, true));
        }
        node.put("convert_sign", 0);
        return node;
    }

    private static void putTime(ObjectNode node, String field, Long millis) {
        if (millis == null) {
            node.putNull(field);
        } else {
            node.put(field, millis.longValue());
        }
    }
}
