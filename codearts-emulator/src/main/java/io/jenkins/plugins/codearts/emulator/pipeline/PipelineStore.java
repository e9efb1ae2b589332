package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipelines of every project and their runs, by id. Its monitor is the one lock of all pipeline and run state:
 * the {@link RunSimulator} changes runs while holding it, and readers that render several runs hold it too.
 */
public final class PipelineStore {

    private final EmulatorContext context;
    private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    private final Map<String, PipelineRun> runs = new LinkedHashMap<>();
    private final Map<String, List<PipelineRun>> runsByPipeline = new LinkedHashMap<>();

    public PipelineStore(EmulatorContext context) {
        this.context = context;
    }

    /** Adds a pipeline (scenario load or createPipeline). The id must be unused. */
    public synchronized Pipeline addPipeline(String id, String projectId, String name, String description, boolean isPublish,
                                             String componentId, String creatorId, List<StageSpec> stages, JsonNode sources,
                                             JsonNode variables, String groupId) {
        String pipelineId = id == null ? context.newId() : id;
        if (pipelines.containsKey(pipelineId)) {
            throw new ScenarioException("pipeline id " + pipelineId + " is already used by '" + pipelines.get(pipelineId).name + "'");
        }
        Pipeline pipeline = new Pipeline(pipelineId, projectId, name, description, isPublish, componentId, creatorId,
                context.clock().millis(), stages, sources, variables, groupId);
        pipelines.put(pipelineId, pipeline);
        runsByPipeline.put(pipelineId, new ArrayList<>());
        return pipeline;
    }

    /** The pipeline, or the documented business error DEVPIPE.00011401 when it does not exist in this project. */
    public synchronized Pipeline requirePipeline(String projectId, String pipelineId) {
        Pipeline pipeline = pipelines.get(pipelineId);
        if (pipeline == null || !pipeline.projectId.equals(projectId)) {
            throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011401",
                    "Pipeline does not exist: no pipeline '" + pipelineId + "' in project '" + projectId + "'"), "no pipeline");
        }
        return pipeline;
    }

    public synchronized Pipeline findPipeline(String pipelineId) {
        return pipelines.get(pipelineId);
    }

    public synchronized List<Pipeline> pipelines(String projectId) {
        List<Pipeline> result = new ArrayList<>();
        for (Pipeline pipeline : pipelines.values()) {
            if (projectId == null || pipeline.projectId.equals(projectId)) {
                result.add(pipeline);
            }
        }
        return result;
    }

    /** Removes a pipeline and its runs; the caller has checked that none is unfinished. */
    synchronized void removePipeline(Pipeline pipeline) {
        pipelines.remove(pipeline.id);
        for (PipelineRun run : runsByPipeline.remove(pipeline.id)) {
            runs.remove(run.id);
        }
    }

    /** Records a new run of its pipeline. */
    synchronized void addRun(PipelineRun run) {
        runs.put(run.id, run);
        runsByPipeline.get(run.pipeline.id).add(run);
    }

    /** The run, or DEVCP.00012002 (related record not in DB). */
    public synchronized PipelineRun requireRun(Pipeline pipeline, String runId) {
        PipelineRun run = runs.get(runId);
        if (run == null || run.pipeline != pipeline) {
            throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00012002",
                    "Related record not in DB: pipeline " + pipeline.id + " has no run '" + runId + "'"), "no run");
        }
        return run;
    }

    /** The latest run of a pipeline, or null when it never ran. */
    public synchronized PipelineRun latestRun(Pipeline pipeline) {
        List<PipelineRun> list = runsByPipeline.get(pipeline.id);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    public synchronized List<PipelineRun> runs(Pipeline pipeline) {
        return new ArrayList<>(runsByPipeline.getOrDefault(pipeline.id, List.of()));
    }

    /** Every run, for rendering under the lock. */
    synchronized Collection<PipelineRun> allRuns() {
        return new ArrayList<>(runs.values());
    }
}
