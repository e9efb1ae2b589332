package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.http.Service;
import io.jenkins.plugins.codearts.emulator.http.ValidationException;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Doc A §4.2 (pipeline management, 13 endpoints) plus the run page behind {@code detail_url}. */
public final class PipelineRoutes implements RouteModule {

    private static final String BASE = "/v5/{project_id}/api/pipelines";
    private static final String RUN = BASE + "/{pipeline_id}/pipeline-runs/{pipeline_run_id}";

    /** Doc A §4.2.4 and §4.2.7 give {@code limit} no maximum, so any positive page size is served. */
    private static final long MAX_PAGE_SIZE = Integer.MAX_VALUE;

    private final PipelineStore store;
    private final RunSimulator simulator;
    private final DisplayedStatus displayed;
    private final TemplateStageRegistry templates;

    public PipelineRoutes(PipelineStore store, RunSimulator simulator, EmulatorSettings settings, TemplateStageRegistry templates) {
        this.store = store;
        this.simulator = simulator;
        this.displayed = new DisplayedStatus(settings);
        this.templates = templates;
    }

    @Override
    public void register(Router router, EmulatorContext context) {
        router.add("runPipeline", "POST", BASE + "/{pipeline_id}/run", request -> runPipeline(context, request));
        router.add("batchShowPipelineStatus", "POST", BASE + "/status", request -> batchStatus(context, request));
        router.add("showPipelineRunDetail", "GET", BASE + "/{pipeline_id}/pipeline-runs/detail", request -> detail(context, request));
        router.add("listPipelines", "POST", BASE + "/list", request -> listPipelines(context, request));
        router.add("deletePipeline", "DELETE", BASE + "/{pipeline_id}", request -> {
            simulator.deletePipeline(request.pathParam("project_id"), request.pathParam("pipeline_id"));
            return EmulatorResponse.ok(context.mapper().createObjectNode().put("pipeline_id", request.pathParam("pipeline_id")));
        });
        router.add("createPipeline", "POST", BASE, request -> createPipeline(context, request));
        router.add("createPipelineByTemplate", "POST", "/v5/{project_id}/api/pipeline-templates/{template_id}/create-pipeline",
                request -> createByTemplate(context, request));
        router.add("listPipelineRuns", "POST", BASE + "/{pipeline_id}/pipeline-runs/list", request -> listRuns(context, request));
        router.add("showStepLogs", "POST", RUN + "/jobs/{job_run_id}/steps/{step_run_id}/logs", request -> logs(context, request));
        router.add("passManualReview", "POST", RUN + "/jobs/{job_run_id}/steps/{step_run_id}/pass", request -> review(context, request, true));
        router.add("refuseManualReview", "POST", RUN + "/jobs/{job_run_id}/steps/{step_run_id}/refuse", request -> review(context, request, false));
        router.add("retryPipelineRun", "PUT", RUN + "/retry", request -> {
            simulator.retry(run(request));
            return success(context);
        });
        router.add("stopPipelineRun", "POST", RUN + "/stop", request -> {
            simulator.stop(run(request));
            return success(context);
        });
        router.add("emulatorRunPage", "GET", "/ui/projects/{project_id}/pipelines/{pipeline_id}/runs/{pipeline_run_id}",
                Service.ADMIN, request -> runPage(context, request));
    }

    private static EmulatorResponse success(EmulatorContext context) {
        return EmulatorResponse.ok(context.mapper().createObjectNode().put("success", true));
    }

    private Pipeline pipeline(EmulatorRequest request) {
        return store.requirePipeline(request.pathParam("project_id"), request.pathParam("pipeline_id"));
    }

    private PipelineRun run(EmulatorRequest request) {
        return store.requireRun(pipeline(request), request.pathParam("pipeline_run_id"));
    }

    private static RunSimulator.Executor executor(EmulatorContext context, EmulatorRequest request) {
        if (request.principal() != null) {
            return new RunSimulator.Executor(request.principal().userId(), request.principal().userName());
        }
        return new RunSimulator.Executor(context.demo().userId(), context.demo().userName());
    }

    // ---- runPipeline ---------------------------------------------------------------------------------------------

    private EmulatorResponse runPipeline(EmulatorContext context, EmulatorRequest request) {
        Pipeline pipeline = pipeline(request);
        JsonNode body = request.jsonOrEmpty();
        if (!body.isObject()) {
            throw new ValidationException("body", "the runPipeline body must be a JSON object, was " + body.getNodeType());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        JsonNode variablesNode = body.get("variables");
        if (variablesNode != null && !variablesNode.isNull()) {
            if (!variablesNode.isArray()) {
                throw new ValidationException("variables", "'variables' must be an array of {\"name\":..,\"value\":..}");
            }
            int index = 0;
            for (JsonNode variable : variablesNode) {
                String where = "variables[" + index++ + "]";
                if (!variable.hasNonNull("name") || variable.get("name").asText().isBlank()) {
                    throw new ValidationException(where + ".name", "'" + where + ".name' is required");
                }
                if (!variable.has("value") || variable.get("value").isNull()) {
                    throw new ValidationException(where + ".value", "'" + where + ".value' is required (variable '"
                            + variable.get("name").asText() + "')");
                }
                variables.put(variable.get("name").asText(), variable.get("value").asText());
            }
        }
        JsonNode sources = body.get("sources");
        if (sources != null && !sources.isNull()) {
            validateRunSources(context, sources);
        }
        RunSimulator.RunPipelineBody runRequest = new RunSimulator.RunPipelineBody(context.optionalText(body, "description"),
                variables, sources, stringList(body, "choose_jobs"), stringList(body, "choose_stages"));
        RunSimulator.StartResult result = simulator.startRun(pipeline, runRequest, executor(context, request));
        if (result.queuedErrorCode() != null) {
            ObjectNode error = EmulatorResponse.errorBody(result.queuedErrorCode(), result.queuedErrorMessage());
            error.put("pipeline_run_id", result.runId());
            error.put("queue_id", result.queueId());
            return EmulatorResponse.ok(error);
        }
        return EmulatorResponse.ok(context.mapper().createObjectNode().put("pipeline_run_id", result.runId()));
    }

    private static void validateRunSources(EmulatorContext context, JsonNode sources) {
        if (!sources.isArray()) {
            throw new ValidationException("sources", "'sources' must be an array of {type, params{git_type, git_url, build_params{build_type}}}");
        }
        int index = 0;
        for (JsonNode source : sources) {
            String where = "sources[" + index++ + "]";
            require(source, "type", where);
            JsonNode params = source.get("params");
            if (params == null || params.isNull()) {
                continue; // optional (Doc A table 4-30); when present, git_type and git_url are mandatory (4-31)
            }
            if (!params.isObject()) {
                throw new ValidationException(where + ".params", "'" + where + ".params' must be an object");
            }
            require(params, "git_type", where + ".params");
            require(params, "git_url", where + ".params");
            JsonNode build = params.get("build_params");
            if (build != null && !build.isNull()) {
                String buildType = require(build, "build_type", where + ".params.build_params");
                context.checkEnum(where + ".params.build_params.build_type", buildType, List.of("branch", "tag"));
            }
        }
    }

    private static String require(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            throw new ValidationException(where + "." + field, "'" + where + "." + field + "' is required and must be a non-blank string"
                    + (value == null ? "" : ", was " + value));
        }
        return value.asText();
    }

    private static List<String> stringList(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ValidationException(field, "'" + field + "' must be an array of strings, was " + node.getNodeType());
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText()));
        return values;
    }

    // ---- status and detail ---------------------------------------------------------------------------------------

    private EmulatorResponse batchStatus(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.json();
        if (!body.isArray()) {
            throw new ValidationException("body", "batchShowPipelineStatus takes a bare JSON array of pipeline ids, e.g. [\"id1\",\"id2\"]; was "
                    + body.getNodeType());
        }
        String projectId = request.pathParam("project_id");
        ArrayNode result = context.mapper().createArrayNode();
        synchronized (store) {
            simulator.advance();
            for (JsonNode id : body) {
                Pipeline pipeline = store.findPipeline(id.asText());
                if (pipeline == null || !pipeline.projectId.equals(projectId)) {
                    continue;
                }
                PipelineRun latest = store.latestRun(pipeline);
                if (latest != null) {
                    result.add(RunJson.latestRun(context, displayed, latest, false));
                }
            }
        }
        return EmulatorResponse.ok(result);
    }

    private EmulatorResponse detail(EmulatorContext context, EmulatorRequest request) {
        Pipeline pipeline = pipeline(request);
        String runId = request.query("pipeline_run_id");
        synchronized (store) {
            simulator.advance();
            PipelineRun run;
            if (runId == null || runId.isEmpty()) {
                run = store.latestRun(pipeline);
                if (run == null) {
                    return EmulatorResponse.businessError("DEVCP.00012002", "Related record not in DB: pipeline "
                            + pipeline.id + " has never run; pass pipeline_run_id or run it first");
                }
            } else {
                run = store.requireRun(pipeline, runId);
            }
            return EmulatorResponse.ok(RunJson.detail(context, displayed, run));
        }
    }

    private EmulatorResponse listPipelines(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.jsonOrEmpty();
        long offset = context.optionalLong(body, "offset", 0, 0, Integer.MAX_VALUE);
        long limit = context.optionalLong(body, "limit", 10, 1, MAX_PAGE_SIZE);
        String name = context.optionalText(body, "name");
        List<String> statuses = stringList(body, "status");
        String sortKey = context.optionalText(body, "sort_key");
        String sortDir = context.optionalText(body, "sort_dir");
        String projectId = request.pathParam("project_id");
        List<String> projectIds = stringList(body, "project_ids");
        String groupFilter = groupFilter(context, body);
        synchronized (store) {
            simulator.advance();
            List<Pipeline> matching = new ArrayList<>();
            for (Pipeline pipeline : store.pipelines(null)) {
                boolean inProject = projectIds != null && !projectIds.isEmpty() ? projectIds.contains(pipeline.projectId)
                        : pipeline.projectId.equals(projectId);
                if (!inProject) {
                    continue;
                }
                if (name != null && !pipeline.name.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (groupFilter != null && !groupFilter.equals(groupOf(context, pipeline))) {
                    continue;
                }
                PipelineRun latest = store.latestRun(pipeline);
                if (statuses != null && !statuses.isEmpty() && (latest == null || !statuses.contains(displayed.of(latest)))) {
                    continue;
                }
                matching.add(pipeline);
            }
            Comparator<Pipeline> order = "name".equals(sortKey)
                    ? Comparator.comparing((Pipeline p) -> p.name)
                    : Comparator.comparingLong((Pipeline p) -> p.createTime);
            ObjectNode result = sortedPage(context, matching, order, sortDir, offset, limit, "pipelines",
                    pipeline -> RunJson.pipelineListItem(context, displayed, pipeline, store.latestRun(pipeline)));
            return EmulatorResponse.ok(result);
        }
    }

    /**
     * The group listPipelines keeps, or {@code null} for all: {@code group_path_id} is a group's {@code path_id}
     * (ancestor ids and its own, dot-separated) or its bare id; only pipelines directly in that group match.
     * {@code by_group: false} turns the filter off; {@code by_group: true} needs a {@code group_path_id}.
     */
    private static String groupFilter(EmulatorContext context, JsonNode body) {
        String groupPath = context.optionalText(body, "group_path_id");
        boolean hasPath = groupPath != null && !groupPath.isBlank();
        JsonNode byGroupNode = body.get("by_group");
        boolean byGroup = context.optionalBoolean(body, "by_group", hasPath);
        if (!byGroup) {
            return null;
        }
        if (!hasPath) {
            throw new ValidationException("group_path_id", "'by_group' is " + byGroupNode + " but 'group_path_id' is "
                    + (groupPath == null ? "absent" : "blank") + "; send the group's path_id (from the pipeline group "
                    + "tree) or drop by_group");
        }
        return groupPath.substring(groupPath.lastIndexOf('.') + 1);
    }

    /** The pipeline's group: where movePipelinesToGroup put it, else the group it was created in (may be null). */
    static String groupOf(EmulatorContext context, Pipeline pipeline) {
        PipelineGroupMembership membership = context.shared(PipelineGroupMembership.class, () -> null);
        String moved = membership == null ? null : membership.movedInto(pipeline.projectId, pipeline.id);
        return moved != null ? moved : pipeline.groupId;
    }

    private EmulatorResponse listRuns(EmulatorContext context, EmulatorRequest request) {
        Pipeline pipeline = pipeline(request);
        JsonNode body = request.jsonOrEmpty();
        long offset = context.optionalLong(body, "offset", 0, 0, Integer.MAX_VALUE);
        long limit = context.optionalLong(body, "limit", 10, 1, MAX_PAGE_SIZE);
        List<String> statuses = stringList(body, "status");
        long from = context.optionalLong(body, "start_time", 0, 0, Long.MAX_VALUE);
        long to = context.optionalLong(body, "end_time", Long.MAX_VALUE, 0, Long.MAX_VALUE);
        String sortKey = context.optionalText(body, "sort_key");
        String sortDir = context.optionalText(body, "sort_dir");
        synchronized (store) {
            simulator.advance();
            List<PipelineRun> matching = new ArrayList<>();
            for (PipelineRun run : store.runs(pipeline)) {
                if (statuses != null && !statuses.isEmpty() && !statuses.contains(displayed.of(run))) {
                    continue;
                }
                long started = run.startTime == null ? run.createTime : run.startTime;
                if (started < from || started > to) {
                    continue;
                }
                matching.add(run);
            }
            Comparator<PipelineRun> order = "start_time".equals(sortKey)
                    ? Comparator.comparingLong((PipelineRun r) -> r.startTime == null ? r.createTime : r.startTime)
                    : Comparator.comparingInt((PipelineRun r) -> r.runNumber);
            ObjectNode result = sortedPage(context, matching, order, sortDir, offset, limit, "pipeline_runs",
                    run -> RunJson.latestRun(context, displayed, run, true));
            return EmulatorResponse.ok(result);
        }
    }

    // ---- create --------------------------------------------------------------------------------------------------

    private EmulatorResponse createPipeline(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.jsonOrEmpty();
        String name = context.optionalText(body, "name");
        String definition = context.optionalText(body, "definition");
        List<StageSpec> stages;
        if (definition == null || definition.isBlank()) {
            stages = DefinitionParser.parseStages(defaultDefinition(context), "default definition");
        } else {
            try {
                JsonNode parsed = context.mapper().readTree(definition);
                stages = DefinitionParser.parseStages(parsed.get("stages"), "definition");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ValidationException("definition", "'definition' must be a JSON string with a \"stages\" array: "
                        + e.getOriginalMessage());
            } catch (ScenarioException e) {
                throw new ValidationException("definition", e.getMessage());
            }
        }
        String manifest = context.optionalText(body, "manifest_version");
        if (manifest != null && !manifest.equals("3.0")) {
            throw new ValidationException("manifest_version", "'manifest_version' must be \"3.0\", was '" + manifest + "'");
        }
        Pipeline pipeline = store.addPipeline(null, request.pathParam("project_id"),
                name == null || name.isBlank() ? "pipeline-" + context.nowMillis() : name,
                context.optionalText(body, "description"), context.optionalBoolean(body, "is_publish", false),
                request.query("component_id"), executor(context, request).id(), stages, body.get("sources"),
                body.get("variables"), context.optionalText(body, "group_id"));
        return EmulatorResponse.ok(context.mapper().createObjectNode().put("pipeline_id", pipeline.id));
    }

    private EmulatorResponse createByTemplate(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.json();
        String name = context.requireText(body, "name");
        if (!body.has("is_publish") || !body.get("is_publish").isBoolean()) {
            throw new ValidationException("is_publish", "'is_publish' is required and must be true or false");
        }
        context.requireArray(body, "sources");
        String templateId = request.pathParam("template_id");
        TemplateStageRegistry.Template template = templates.find(templateId);
        if (template == null) {
            throw EmulatorHttpException.of(400, "DEVCP.00021006", "Template does not exist: '" + templateId
                    + "'; the demo template is " + context.demo().demoTemplateId());
        }
        Pipeline pipeline = store.addPipeline(null, request.pathParam("project_id"), name,
                context.optionalText(body, "description"), body.get("is_publish").asBoolean(), request.query("component_id"),
                executor(context, request).id(), template.stages(), body.get("sources"), body.get("variables"), null);
        return EmulatorResponse.ok(context.mapper().createObjectNode().put("pipeline_id", pipeline.id));
    }

    private static JsonNode defaultDefinition(EmulatorContext context) {
        ObjectNode step = context.mapper().createObjectNode().put("name", "Execute Shell").put("task", "official_shell_plugin");
        ObjectNode job = context.mapper().createObjectNode().put("name", "Build").put("identifier", "JOB_BUILD");
        job.putArray("steps").add(step);
        ObjectNode stage = context.mapper().createObjectNode().put("name", "Build");
        stage.putArray("jobs").add(job);
        ArrayNode stages = context.mapper().createArrayNode();
        stages.add(stage);
        return stages;
    }

    // ---- logs and reviews ----------------------------------------------------------------------------------------

    private EmulatorResponse logs(EmulatorContext context, EmulatorRequest request) {
        PipelineRun run = run(request);
        JsonNode body = request.json();
        long limit = context.requireLong(body, "limit", 1, 10_000);
        String sort = context.requireEnum(body, "sort", "asc", "desc");
        long start = context.optionalLong(body, "start_offset", 0, 0, Long.MAX_VALUE);
        long end = context.optionalLong(body, "end_offset", 0, 0, Long.MAX_VALUE);
        RunSimulator.LogPage page = simulator.logs(run, request.pathParam("job_run_id"), request.pathParam("step_run_id"),
                start, end, (int) limit, sort.equals("asc"));
        // Offsets are strings, as in the document's example.
        byte[] json = LogPageJson.write(page, "emulator", request.pathParam("step_run_id"));
        return EmulatorResponse.raw(200, EmulatorResponse.JSON_CONTENT_TYPE, json);
    }

    private EmulatorResponse review(EmulatorContext context, EmulatorRequest request, boolean pass) {
        PipelineRun run = run(request);
        String reviewer = request.principal() == null ? context.demo().userName() : request.principal().userName();
        simulator.decideReview(run, request.pathParam("job_run_id"), request.pathParam("step_run_id"), pass, reviewer);
        return success(context);
    }

    // ---- run page ------------------------------------------------------------------------------------------------

    private EmulatorResponse runPage(EmulatorContext context, EmulatorRequest request) {
        Pipeline pipeline = store.findPipeline(request.pathParam("pipeline_id"));
        if (pipeline == null) {
            return EmulatorResponse.raw(404, "text/html;charset=UTF-8", "<h1>No such pipeline</h1>".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode detail;
        synchronized (store) {
            simulator.advance();
            PipelineRun run = store.requireRun(pipeline, request.pathParam("pipeline_run_id"));
            detail = RunJson.detail(context, displayed, run);
        }
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(detail.path("name").asText())).append(" #").append(detail.path("run_number").asInt())
                .append("</title></head><body><h1>").append(escape(detail.path("name").asText())).append(" #")
                .append(detail.path("run_number").asInt()).append(": ").append(detail.path("status").asText())
                .append("</h1><p>CodeArts emulator run page. The same data as showPipelineRunDetail.</p><ul>");
        for (JsonNode stage : detail.path("stages")) {
            html.append("<li>").append(escape(stage.path("name").asText())).append(": ").append(stage.path("status").asText()).append("<ul>");
            for (JsonNode job : stage.path("jobs")) {
                html.append("<li>").append(escape(job.path("name").asText())).append(": ").append(job.path("status").asText()).append("<ul>");
                for (JsonNode step : job.path("steps")) {
                    html.append("<li>").append(escape(step.path("name").asText())).append(": ").append(step.path("status").asText()).append("</li>");
                }
                html.append("</ul></li>");
            }
            html.append("</ul></li>");
        }
        html.append("</ul></body></html>");
        return EmulatorResponse.raw(200, "text/html;charset=UTF-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The listing page of listPipelines and listPipelineRuns: {@code matching} sorted by {@code order} (descending
     * unless {@code sortDir} is "asc"), then offset, limit, total and the page's items under {@code itemsKey}.
     */
    private static <T> ObjectNode sortedPage(EmulatorContext context, List<T> matching, Comparator<T> order, String sortDir,
                                             long offset, long limit, String itemsKey, Function<T, ObjectNode> render) {
        matching.sort("asc".equalsIgnoreCase(sortDir) ? order : order.reversed());
        ObjectNode result = context.mapper().createObjectNode();
        result.put("offset", offset);
        result.put("limit", limit);
        result.put("total", matching.size());
        ArrayNode items = result.putArray(itemsKey);
        for (int i = (int) offset; i < matching.size() && i < offset + limit; i++) {
            items.add(render.apply(matching.get(i)));
        }
        return result;
    }

}
