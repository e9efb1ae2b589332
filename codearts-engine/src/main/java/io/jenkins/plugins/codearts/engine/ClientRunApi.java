package io.jenkins.plugins.codearts.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RunApi} on top of the client's generic JSON call ({@link CodeArtsClient#call}), which goes through the same
 * transport, signing, retry policy and error mapping as the typed methods. Reading the JSON tree here keeps the engine
 * tolerant of both spellings the documents use and of the string-typed offsets, and lets it pick only the fields it
 * needs from large run details.
 */
final class ClientRunApi implements RunApi {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CodeArtsClient client;

    ClientRunApi(CodeArtsClient client) {
        this.client = client;
    }

    static String regionOf(CodeArtsClient client) {
        return client.config() == null ? null : client.config().region();
    }

    @Override
    public Started runPipeline(StartRunRequest request) {
        ObjectNode body = JSON.objectNode();
        if (!request.sources().isEmpty()) {
            ArrayNode sources = body.putArray("sources");
            for (StartRunRequest.Source source : request.sources()) {
                ObjectNode item = sources.addObject();
                item.put("type", source.type());
                ObjectNode params = item.putObject("params");
                putIfPresent(params, "git_type", source.gitType());
                putIfPresent(params, "git_url", source.gitUrl());
                putIfPresent(params, "alias", source.alias());
                putIfPresent(params, "codehub_id", source.codehubId());
                putIfPresent(params, "endpoint_id", source.endpointId());
                putIfPresent(params, "default_branch", source.defaultBranch());
                ObjectNode build = params.putObject("build_params");
                putIfPresent(build, "build_type", source.buildType());
                putIfPresent(build, "target_branch", source.branch());
                putIfPresent(build, "tag", source.tag());
                putIfPresent(build, "event_type", source.eventType());
            }
        }
        putIfPresent(body, "description", request.description());
        if (!request.variables().isEmpty()) {
            ArrayNode variables = body.putArray("variables");
            request.variables().forEach((name, value) -> variables.addObject().put("name", name).put("value", value));
        }
        if (!request.chooseJobs().isEmpty()) {
            ArrayNode jobs = body.putArray("choose_jobs");
            request.chooseJobs().forEach(jobs::add);
        }
        if (!request.chooseStages().isEmpty()) {
            ArrayNode stages = body.putArray("choose_stages");
            request.chooseStages().forEach(stages::add);
        }
        JsonNode answer = client.call("runPipeline",
                Map.of("project_id", request.projectId(), "pipeline_id", request.pipelineId()), Query.empty(),
                body.toString());
        String runId = text(answer, "pipeline_run_id");
        if (runId == null) {
            throw new CodeArtsBadResponseException("runPipeline", "runPipeline answered without pipeline_run_id: "
                    + abbreviate(answer), 200, null, null);
        }
        return new Started(runId, false, null);
    }

    @Override
    public RunView showRun(RunRef run) {
        JsonNode detail = client.call("showPipelineRunDetail", pipelinePath(run),
                Query.of("pipeline_run_id", run.runId()), null);
        List<StageView> stages = new ArrayList<>();
        for (JsonNode stage : detail.path("stages")) {
            List<JobView> jobs = new ArrayList<>();
            for (JsonNode job : stage.path("jobs")) {
                jobs.add(new JobView(text(job, "id"), text(job, "name"), integer(job, "sequence"), text(job, "status"),
                        time(job, "start_time"), time(job, "end_time"), steps(job.path("steps"))));
            }
            stages.add(new StageView(text(stage, "id"), text(stage, "name"), integer(stage, "sequence"),
                    text(stage, "status"), time(stage, "start_time"), time(stage, "end_time"),
                    steps(stage.path("pre")), jobs, steps(stage.path("post"))));
        }
        List<ArtifactInfo> artifacts = new ArrayList<>();
        for (JsonNode artifact : detail.path("artifacts")) {
            artifacts.add(new ArtifactInfo(text(artifact, "name"), firstText(artifact, "packageType", "package_type"),
                    text(artifact, "version"), firstText(artifact, "downloadUrl", "download_url")));
        }
        String id = text(detail, "id");
        return new RunView(id == null ? run.runId() : id, text(detail, "pipeline_id"), integer(detail, "run_number"),
                text(detail, "status"), time(detail, "start_time"), time(detail, "end_time"),
                text(detail, "detail_url"), text(detail, "description"), stages, artifacts);
    }

    private static List<StepView> steps(JsonNode steps) {
        List<StepView> list = new ArrayList<>();
        for (JsonNode step : steps) {
            list.add(new StepView(text(step, "id"), text(step, "name"), text(step, "task"), integer(step, "sequence"),
                    text(step, "status"), time(step, "start_time"), time(step, "end_time")));
        }
        return list;
    }

    @Override
    public LogPage showStepLogs(RunRef run, String jobRunId, String stepRunId, String startOffset, int limit) {
        ObjectNode body = JSON.objectNode();
        long start = startOffset == null ? 0 : parseOffset(startOffset);
        body.put("start_offset", start);
        body.put("limit", limit);
        body.put("sort", "asc");
        Map<String, String> path = new LinkedHashMap<>(pipelinePath(run));
        path.put("pipeline_run_id", run.runId());
        path.put("job_run_id", jobRunId);
        path.put("step_run_id", stepRunId);
        JsonNode page = client.call("showStepLogs", path, Query.empty(), body.toString());
        JsonNode log = page.path("log");
        String text = log.isTextual() ? log.asText() : log.isMissingNode() || log.isNull() ? "" : log.toString();
        String end = text(page, "end_offset");
        return new LogPage(text, end, page.path("has_more").asBoolean(false));
    }

    private static long parseOffset(String offset) {
        try {
            return Long.parseLong(offset.trim());
        } catch (NumberFormatException e) {
            throw new CodeArtsBadResponseException("showStepLogs", "showStepLogs returned the offset '" + offset
                    + "', which is not a number", 200, null, e);
        }
    }

    @Override
    public boolean stopRun(RunRef run) {
        Map<String, String> path = new LinkedHashMap<>(pipelinePath(run));
        path.put("pipeline_run_id", run.runId());
        JsonNode answer = client.call("stopPipelineRun", path, Query.empty(), null);
        return answer.path("success").asBoolean(true);
    }

    @Override
    public List<RunSummary> recentRuns(String projectId, String pipelineId, int limit) {
        ObjectNode body = JSON.objectNode();
        body.put("offset", 0);
        body.put("limit", limit);
        body.put("sort_key", "start_time");
        body.put("sort_dir", "DESC");
        JsonNode answer = client.call("listPipelineRuns", Map.of("project_id", projectId, "pipeline_id", pipelineId),
                Query.empty(), body.toString());
        List<RunSummary> runs = new ArrayList<>();
        for (JsonNode run : answer.path("pipeline_runs")) {
            runs.add(new RunSummary(text(run, "pipeline_run_id"), integer(run, "run_number"), text(run, "status"),
                    time(run, "start_time")));
        }
        return runs;
    }

    @Override
    public boolean decideReview(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId) {
        Map<String, String> path = new LinkedHashMap<>(pipelinePath(run));
        path.put("pipeline_run_id", run.runId());
        path.put("job_run_id", jobRunId);
        path.put("step_run_id", stepRunId);
        String operation = decision == ReviewDecision.PASS ? "passManualReview" : "refuseManualReview";
        JsonNode answer = client.call(operation, path, Query.empty(), null);
        return answer.path("success").asBoolean(true);
    }

    private static Map<String, String> pipelinePath(RunRef run) {
        return Map.of("project_id", run.projectId(), "pipeline_id", run.pipelineId());
    }

    // ---------------------------------------------------------------- lenient JSON reading

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.asInt();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** Epoch milliseconds; run times are numbers, stage-list times sometimes "yyyy-MM-dd HH:mm:ss" (ignored: 0). */
    static long time(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
