package io.jenkins.plugins.codearts.client.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.pipeline.model.BuildParams;
import io.jenkins.plugins.codearts.client.pipeline.model.CreatePipelineByTemplateRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.CreatePipelineRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelineRunsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelinesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineIdResponse;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineResponse;
import io.jenkins.plugins.codearts.client.pipeline.model.RunSource;
import io.jenkins.plugins.codearts.client.pipeline.model.RunSourceParams;
import io.jenkins.plugins.codearts.client.pipeline.model.RunVariable;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.SuccessResponse;
import java.util.List;
import java.util.Set;

/**
 * Chapter 4.2 "Pipeline management" of the CodeArts Pipeline API: run, stop, retry, status, run detail, runs,
 * step logs, manual reviews, and creating and deleting pipelines. {@code projectId} is always the CodeArts project
 * id (not the IAM project id).
 */
public final class PipelinesApi {

    /** Concurrency limit reached: the run was created and queued; the error body carries its id. */
    static final Set<String> QUEUED_CODES =
            Set.of("DEVPIPE.00011169", "DEVPIPE.00011170", "DEVPIPE.0011169", "DEVPIPE.0011170");

    private final Transport transport;

    PipelinesApi(Transport transport) {
        this.transport = transport;
    }

    /**
     * Starts a run. Never sent twice: if the connection fails after the request was sent, a
     * {@link io.jenkins.plugins.codearts.client.CodeArtsOutcomeUnknownException} says so. A run queued behind the
     * concurrency limit is returned with {@link RunPipelineResponse#queued()} set, not thrown.
     */
    public RunPipelineResponse runPipeline(String projectId, String pipelineId, RunPipelineRequest request) {
        if (request != null) {
            checkRunRequest(request);
        }
        try {
            JsonNode body = transport.executeTree(OperationCatalog.RUN_PIPELINE,
                    PathParams.of("project_id", projectId, "pipeline_id", pipelineId), Query.empty(),
                    request == null ? RunPipelineRequest.defaults() : request);
            String runId = body.path("pipeline_run_id").asText(null);
            if (runId == null || runId.isBlank()) {
                throw new CodeArtsBadResponseException(OperationCatalog.RUN_PIPELINE.name(),
                        "runPipeline: the response has no pipeline_run_id, so the new run cannot be followed;"
                                + " check the pipeline's runs (listPipelineRuns) to find it",
                        200, null, null);
            }
            return RunPipelineResponse.started(runId);
        } catch (CodeArtsApiException error) {
            RunPipelineResponse queued = queuedRun(error);
            if (queued != null) {
                return queued;
            }
            throw error;
        }
    }

    /** The fields Doc A 4.2.1 marks mandatory inside the optional variables and sources. */
    private static void checkRunRequest(RunPipelineRequest request) {
        String op = OperationCatalog.RUN_PIPELINE.name();
        List<RunVariable> variables = request.variables() == null ? List.of() : request.variables();
        for (int i = 0; i < variables.size(); i++) {
            RunVariable variable = variables.get(i);
            if (variable == null || variable.name() == null || variable.name().isBlank()) {
                throw new CodeArtsInvalidArgumentException(op, "variables[" + i + "].name",
                        variable == null ? null : variable.name(), "is mandatory: the custom parameter's name");
            }
            if (variable.value() == null) {
                throw new CodeArtsInvalidArgumentException(op, "variables[" + i + "].value", null,
                        "is mandatory: give '" + variable.name() + "' a value (an empty string is allowed)");
            }
        }
        List<RunSource> sources = request.sources() == null ? List.of() : request.sources();
        for (int i = 0; i < sources.size(); i++) {
            RunSource source = sources.get(i);
            String where = "sources[" + i + "]";
            if (source == null || blank(source.type())) {
                throw new CodeArtsInvalidArgumentException(op, where + ".type", null, "is mandatory, e.g. 'code'");
            }
            RunSourceParams params = source.params();
            if (params == null) {
                continue; // optional (table 4-30); when present, git_type and git_url are mandatory (table 4-31)
            }
            if (blank(params.gitType()) || blank(params.gitUrl())) {
                throw new CodeArtsInvalidArgumentException(op, where + (blank(params.gitType()) ? ".params.git_type"
                        : ".params.git_url"), null, "is mandatory: the repository type (e.g. 'codehub') and its"
                                + " HTTPS URL");
            }
            BuildParams build = params.buildParams();
            if (build != null && !"branch".equals(build.buildType()) && !"tag".equals(build.buildType())) {
                throw new CodeArtsInvalidArgumentException(op, where + ".params.build_params.build_type",
                        build.buildType(), "must be 'branch' or 'tag'");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static RunPipelineResponse queuedRun(CodeArtsApiException error) {
        if (error.errorCode() == null || !QUEUED_CODES.contains(error.errorCode()) || error.errorBody() == null) {
            return null;
        }
        JsonNode body = error.errorBody();
        JsonNode holder = body.hasNonNull("pipeline_run_id") ? body : body.path("data");
        String runId = holder.path("pipeline_run_id").asText(null);
        if (runId == null || runId.isBlank()) {
            return null;
        }
        String queueId = holder.path("queue_id").asText(null);
        return new RunPipelineResponse(runId, true, queueId, error.errorCode(), error.errorMessage());
    }

    /**
     * The latest run of each pipeline; pipelines that never ran are left out. The request and the response are
     * bare JSON arrays.
     */
    public List<PipelineRunSummary> batchShowPipelineStatus(String projectId, List<String> pipelineIds) {
        if (pipelineIds == null || pipelineIds.isEmpty()) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.BATCH_SHOW_PIPELINE_STATUS.name(),
                    "pipelineIds", null, "must list at least one pipeline id");
        }
        for (String pipelineId : pipelineIds) {
            PathIds.validate(OperationCatalog.BATCH_SHOW_PIPELINE_STATUS, "pipeline_id", pipelineId);
        }
        return transport.execute(OperationCatalog.BATCH_SHOW_PIPELINE_STATUS, PathParams.of("project_id", projectId),
                Query.empty(), List.copyOf(pipelineIds), new TypeReference<List<PipelineRunSummary>>() { });
    }

    /** One run with stages, jobs and steps; {@code pipelineRunId} null means the latest run. */
    public PipelineRunDetail showPipelineRunDetail(String projectId, String pipelineId, String pipelineRunId) {
        if (pipelineRunId != null) {
            PathIds.validate(OperationCatalog.SHOW_PIPELINE_RUN_DETAIL, "pipeline_run_id", pipelineRunId);
        }
        return transport.execute(OperationCatalog.SHOW_PIPELINE_RUN_DETAIL,
                PathParams.of("project_id", projectId, "pipeline_id", pipelineId),
                Query.of("pipeline_run_id", pipelineRunId), null, PipelineRunDetail.class);
    }

    /** One page of pipelines with their latest runs. */
    public PipelineList listPipelines(String projectId, ListPipelinesRequest request) {
        return transport.execute(OperationCatalog.LIST_PIPELINES, PathParams.of("project_id", projectId),
                Query.empty(), request == null ? ListPipelinesRequest.all() : request, PipelineList.class);
    }

    /** All pipelines matching {@code filter}, fetched lazily {@code pageSize} at a time. */
    public PageIterable<PipelineSummary> iteratePipelines(String projectId, ListPipelinesRequest filter, int pageSize) {
        ListPipelinesRequest base = filter == null ? ListPipelinesRequest.all() : filter;
        long first = base.offset() == null ? 0 : base.offset();
        return PageIterable.of(first, pageSize, (offset, limit) -> {
            PipelineList page = listPipelines(projectId, base.page(offset, limit));
            return Paged.of(page.pipelines(), offset, limit, page.total());
        });
    }

    /** Deletes a pipeline; a running pipeline cannot be deleted (DEVPIPE.0011408). */
    public PipelineIdResponse deletePipeline(String projectId, String pipelineId) {
        return transport.execute(OperationCatalog.DELETE_PIPELINE,
                PathParams.of("project_id", projectId, "pipeline_id", pipelineId), Query.empty(), null,
                PipelineIdResponse.class);
    }

    /** Creates a pipeline; {@code componentId} (microservice) may be null. */
    public PipelineIdResponse createPipeline(String projectId, String componentId, CreatePipelineRequest request) {
        return transport.execute(OperationCatalog.CREATE_PIPELINE, PathParams.of("project_id", projectId),
                Query.of("component_id", componentId), require(OperationCatalog.CREATE_PIPELINE.name(), request),
                PipelineIdResponse.class);
    }

    /** Creates a pipeline from a template; {@code componentId} may be null. */
    public PipelineIdResponse createPipelineByTemplate(String projectId, String templateId, String componentId,
            CreatePipelineByTemplateRequest request) {
        CreatePipelineByTemplateRequest body = require(OperationCatalog.CREATE_PIPELINE_BY_TEMPLATE.name(), request);
        if (body.name() == null || body.name().isBlank()) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.CREATE_PIPELINE_BY_TEMPLATE.name(), "name",
                    null, "is mandatory: give the new pipeline a name");
        }
        // Doc A 4.2.8 marks is_publish and sources mandatory too.
        if (body.isPublish() == null) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.CREATE_PIPELINE_BY_TEMPLATE.name(),
                    "is_publish", null, "is mandatory: true for a change (release) pipeline, else false");
        }
        if (body.sources() == null) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.CREATE_PIPELINE_BY_TEMPLATE.name(), "sources",
                    null, "is mandatory: give the code sources (type and params), or an empty list for none");
        }
        return transport.execute(OperationCatalog.CREATE_PIPELINE_BY_TEMPLATE,
                PathParams.of("project_id", projectId, "template_id", templateId), Query.of("component_id", componentId),
                body, PipelineIdResponse.class);
    }

    /** One page of a pipeline's runs. */
    public PipelineRunList listPipelineRuns(String projectId, String pipelineId, ListPipelineRunsRequest request) {
        return transport.execute(OperationCatalog.LIST_PIPELINE_RUNS,
                PathParams.of("project_id", projectId, "pipeline_id", pipelineId), Query.empty(),
                request == null ? ListPipelineRunsRequest.all() : request, PipelineRunList.class);
    }

    /** All runs matching {@code filter}, fetched lazily {@code pageSize} at a time. */
    public PageIterable<PipelineRunSummary> iteratePipelineRuns(String projectId, String pipelineId,
            ListPipelineRunsRequest filter, int pageSize) {
        ListPipelineRunsRequest base = filter == null ? ListPipelineRunsRequest.all() : filter;
        long first = base.offset() == null ? 0 : base.offset();
        return PageIterable.of(first, pageSize, (offset, limit) -> {
            PipelineRunList page = listPipelineRuns(projectId, pipelineId, base.page(offset, limit));
            return Paged.of(page.pipelineRuns(), offset, limit, page.total());
        });
    }

    /**
     * A window of a step's log. Page forward by passing {@link StepLogPage#nextStartOffset()} as the next
     * {@code start_offset} while {@link StepLogPage#moreAvailable()}.
     */
    public StepLogPage showStepLogs(String projectId, String pipelineId, String pipelineRunId, String jobRunId,
            String stepRunId, StepLogRequest request) {
        StepLogRequest body = require(OperationCatalog.SHOW_STEP_LOGS.name(), request);
        if (body.limit() == null || body.limit() < 1) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.SHOW_STEP_LOGS.name(), "limit",
                    String.valueOf(body.limit()), "is mandatory and must be at least 1 (maximum log lines)");
        }
        if (body.sort() == null || !(body.sort().equals("asc") || body.sort().equals("desc"))) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.SHOW_STEP_LOGS.name(), "sort",
                    String.valueOf(body.sort()), "is mandatory and must be 'asc' or 'desc'");
        }
        if (body.startOffset() != null && body.startOffset() < 0) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.SHOW_STEP_LOGS.name(), "start_offset",
                    String.valueOf(body.startOffset()), "must not be negative");
        }
        return transport.execute(OperationCatalog.SHOW_STEP_LOGS,
                runStepPath(projectId, pipelineId, pipelineRunId, jobRunId, stepRunId), Query.empty(), body,
                StepLogPage.class);
    }

    /** Approves a manual review step; {@code jobRunId} and {@code stepRunId} come from the run detail. */
    public boolean passManualReview(String projectId, String pipelineId, String pipelineRunId, String jobRunId,
            String stepRunId) {
        return success(transport.execute(OperationCatalog.PASS_MANUAL_REVIEW,
                runStepPath(projectId, pipelineId, pipelineRunId, jobRunId, stepRunId), Query.empty(), null,
                SuccessResponse.class));
    }

    /** Rejects a manual review step. */
    public boolean refuseManualReview(String projectId, String pipelineId, String pipelineRunId, String jobRunId,
            String stepRunId) {
        return success(transport.execute(OperationCatalog.REFUSE_MANUAL_REVIEW,
                runStepPath(projectId, pipelineId, pipelineRunId, jobRunId, stepRunId), Query.empty(), null,
                SuccessResponse.class));
    }

    /** Runs a finished run again ("re-trial"). Not retried by the client. */
    public boolean retryPipelineRun(String projectId, String pipelineId, String pipelineRunId) {
        return success(transport.execute(OperationCatalog.RETRY_PIPELINE_RUN,
                PathParams.of("project_id", projectId, "pipeline_id", pipelineId, "pipeline_run_id", pipelineRunId),
                Query.empty(), null, SuccessResponse.class));
    }

    /** Stops a run. */
    public boolean stopPipelineRun(String projectId, String pipelineId, String pipelineRunId) {
        return success(transport.execute(OperationCatalog.STOP_PIPELINE_RUN,
                PathParams.of("project_id", projectId, "pipeline_id", pipelineId, "pipeline_run_id", pipelineRunId),
                Query.empty(), null, SuccessResponse.class));
    }

    private static java.util.Map<String, String> runStepPath(String projectId, String pipelineId, String pipelineRunId,
            String jobRunId, String stepRunId) {
        return PathParams.of("project_id", projectId, "pipeline_id", pipelineId, "pipeline_run_id", pipelineRunId,
                "job_run_id", jobRunId, "step_run_id", stepRunId);
    }

    private static boolean success(SuccessResponse response) {
        return response != null && Boolean.TRUE.equals(response.success());
    }

    private static <T> T require(String operation, T request) {
        if (request == null) {
            throw new CodeArtsInvalidArgumentException(operation, "request body", null, "is missing");
        }
        return request;
    }
}
