package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.pipeline.PipelinesApi;
import io.jenkins.plugins.codearts.client.pipeline.model.BuildParams;
import io.jenkins.plugins.codearts.client.pipeline.model.JobRun;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelineRunsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PackageInfo;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineResponse;
import io.jenkins.plugins.codearts.client.pipeline.model.RunSource;
import io.jenkins.plugins.codearts.client.pipeline.model.RunSourceParams;
import io.jenkins.plugins.codearts.client.pipeline.model.RunVariable;
import io.jenkins.plugins.codearts.client.pipeline.model.StageRun;
import io.jenkins.plugins.codearts.client.pipeline.model.StepInput;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.StepRun;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RunApi} on the client's typed pipeline operations ({@code client.pipeline().pipelines()}) and model records:
 * the wire format (field names, string offsets, queued-run answers) is known only to the client's models. This class
 * only translates those records into the engine's {@link RunView} and back.
 */
final class ClientRunApi implements RunApi {

    private final CodeArtsClient client;

    ClientRunApi(CodeArtsClient client) {
        this.client = client;
    }

    static String regionOf(CodeArtsClient client) {
        return client.config() == null ? null : client.config().region();
    }

    private PipelinesApi pipelines() {
        return client.pipeline().pipelines();
    }

    @Override
    public Started runPipeline(StartRunRequest request) {
        List<RunSource> sources = new ArrayList<>();
        for (StartRunRequest.Source source : request.sources()) {
            // build_params is always sent (possibly empty), as CodeArts' own examples do.
            BuildParams build = new BuildParams(null, present(source.buildType()), null, present(source.eventType()),
                    null, null, null, present(source.tag()), present(source.branch()), null, null, null, null, null);
            sources.add(new RunSource(source.type(), new RunSourceParams(present(source.gitType()),
                    present(source.gitUrl()), null, null, null, present(source.defaultBranch()),
                    present(source.endpointId()), present(source.codehubId()), present(source.alias()), build)));
        }
        List<RunVariable> variables = new ArrayList<>();
        request.variables().forEach((name, value) -> variables.add(new RunVariable(name, value)));
        RunPipelineRequest body = new RunPipelineRequest(sources.isEmpty() ? null : sources,
                present(request.description()), variables.isEmpty() ? null : variables,
                request.chooseJobs().isEmpty() ? null : request.chooseJobs(),
                request.chooseStages().isEmpty() ? null : request.chooseStages());
        RunPipelineResponse answer = pipelines().runPipeline(request.projectId(), request.pipelineId(), body);
        return new Started(answer.pipelineRunId(), answer.queued(), answer.queued() ? answer.errorMessage() : null);
    }

    @Override
    public RunView showRun(RunRef run) {
        PipelineRunDetail detail = pipelines().showPipelineRunDetail(run.projectId(), run.pipelineId(), run.runId());
        if (detail == null) {
            throw new CodeArtsBadResponseException("showPipelineRunDetail", "showPipelineRunDetail answered with an "
                    + "empty body for run " + run.runId(), 200, null, null);
        }
        if (detail.id() == null || detail.id().isBlank() || detail.status() == null) {
            throw new InvalidRunDetailException("showPipelineRunDetail at " + endpoint() + " answered for run "
                    + run.runId() + " without " + (detail.id() == null || detail.id().isBlank()
                            ? detail.status() == null ? "a run id and a status" : "a run id" : "a status")
                    + " (fields present: " + presentFields(detail) + "). This does not look like a CodeArts Pipeline"
                    + " run detail: check the pipeline endpoint and the project, pipeline and run ids");
        }
        List<StageView> stages = new ArrayList<>();
        for (StageRun stage : listOf(detail.stages())) {
            List<JobView> jobs = new ArrayList<>();
            for (JobRun job : listOf(stage.jobs())) {
                jobs.add(new JobView(job.id(), job.name(), number(job.sequence()), name(job.status()),
                        time(job.startTime()), time(job.endTime()), steps(job.steps())));
            }
            stages.add(new StageView(stage.id(), stage.name(), number(stage.sequence()), name(stage.status()),
                    time(stage.startTime()), time(stage.endTime()), steps(stage.pre()), jobs, steps(stage.post())));
        }
        List<ArtifactInfo> artifacts = new ArrayList<>();
        for (PackageInfo artifact : listOf(detail.artifacts())) {
            artifacts.add(new ArtifactInfo(artifact.name(), artifact.packageType(), artifact.version(),
                    artifact.downloadUrl()));
        }
        return new RunView(detail.id() == null ? run.runId() : detail.id(), detail.pipelineId(),
                number(detail.runNumber()), name(detail.status()), time(detail.startTime()), time(detail.endTime()),
                detail.detailUrl(), detail.description(), stages, artifacts, detail.name(), detail.triggerType(),
                detail.executorName());
    }

    @Override
    public String endpoint() {
        return client.config() == null ? null : client.config().pipelineEndpoint();
    }

    /** The documented fields an answer carried, for a message about an answer that is not a run detail. */
    private static String presentFields(PipelineRunDetail detail) {
        com.fasterxml.jackson.databind.JsonNode tree = io.jenkins.plugins.codearts.client.CodeArtsJson.mapper()
                .valueToTree(detail);
        List<String> present = new ArrayList<>();
        tree.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull() && !(field.getValue().isContainerNode() && field.getValue().isEmpty())) {
                present.add(field.getKey());
            }
        });
        return present.isEmpty() ? "none of a run detail's" : String.join(", ", present);
    }

    private static List<StepView> steps(List<StepRun> steps) {
        List<StepView> list = new ArrayList<>();
        for (StepRun step : listOf(steps)) {
            list.add(new StepView(step.id(), step.name(), step.task(), number(step.sequence()), name(step.status()),
                    time(step.startTime()), time(step.endTime()), textInputs(step.inputs())));
        }
        return list;
    }

    /** A step's inputs whose values are plain text or numbers, by key (others, such as objects, are left out). */
    private static Map<String, String> textInputs(List<StepInput> inputs) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (StepInput input : listOf(inputs)) {
            if (input != null && input.key() != null && input.value() != null && input.value().isValueNode()
                    && !input.value().isNull()) {
                texts.put(input.key(), input.value().asText());
            }
        }
        return texts;
    }

    @Override
    public LogPage showStepLogs(RunRef run, String jobRunId, String stepRunId, String startOffset, int limit) {
        long start = startOffset == null ? 0 : parseOffset(startOffset);
        StepLogPage page = pipelines().showStepLogs(run.projectId(), run.pipelineId(), run.runId(), jobRunId, stepRunId,
                StepLogRequest.forward(start, limit));
        if (page == null) {
            return new LogPage("", startOffset, false);
        }
        return new LogPage(page.log() == null ? "" : page.log(), page.endOffset(), page.moreAvailable());
    }

    /** The cursor keeps the offset as CodeArts sent it (a string); the request needs it as a number. */
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
        return pipelines().stopPipelineRun(run.projectId(), run.pipelineId(), run.runId());
    }

    @Override
    public List<RunSummary> recentRuns(String projectId, String pipelineId, int limit) {
        ListPipelineRunsRequest newestFirst = new ListPipelineRunsRequest(null, null, null, 0L, (long) limit,
                "start_time", "DESC");
        PipelineRunList answer = pipelines().listPipelineRuns(projectId, pipelineId, newestFirst);
        List<RunSummary> runs = new ArrayList<>();
        for (PipelineRunSummary run : answer == null ? List.<PipelineRunSummary>of() : listOf(answer.pipelineRuns())) {
            runs.add(new RunSummary(run.pipelineRunId(), number(run.runNumber()), name(run.status()),
                    time(run.startTime()), run.executorId(), run.triggerType()));
        }
        return runs;
    }

    @Override
    public boolean decideReview(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId) {
        return decision == ReviewDecision.PASS
                ? pipelines().passManualReview(run.projectId(), run.pipelineId(), run.runId(), jobRunId, stepRunId)
                : pipelines().refuseManualReview(run.projectId(), run.pipelineId(), run.runId(), jobRunId, stepRunId);
    }

    // ---------------------------------------------------------------- record to view

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The status as the engine's vocabulary spells it; absent stays absent (normalized to ""). */
    private static String name(Enum<?> status) {
        return status == null ? null : status.name();
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    /** Epoch milliseconds; absent is 0 (not started, not ended). */
    private static long time(Long value) {
        return value == null ? 0 : value;
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
