package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.JobRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StageRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StepRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays out a new run from its pipeline's stages and the jobs and stages runPipeline chose. */
final class RunPlanner {

    private final EmulatorContext context;

    RunPlanner(EmulatorContext context) {
        this.context = context;
    }

    private static Set<String> chosen(List<String> identifiers) {
        return identifiers == null ? null : Set.copyOf(identifiers);
    }

    /** Answers the documented business errors for an empty choice or a job or stage the pipeline does not have. */
    void checkChoice(Pipeline pipeline, RunSimulator.RunPipelineBody request) {
        Set<String> chosenJobs = chosen(request.chooseJobs());
        Set<String> chosenStages = chosen(request.chooseStages());
        if (chosenJobs != null) {
            if (chosenJobs.isEmpty()) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011129",
                        "Selected task must not be empty: choose_jobs is an empty list; omit it to run every job"), "empty");
            }
            for (String identifier : chosenJobs) {
                boolean known = pipeline.stages.stream().flatMap(s -> s.jobs().stream()).anyMatch(j -> j.identifier().equals(identifier));
                if (!known) {
                    throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011132",
                            "Selected task does not exist: no job with identifier '" + identifier + "' in pipeline " + pipeline.id), "unknown job");
                }
            }
        }
        if (chosenStages != null) {
            if (chosenStages.isEmpty()) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011129",
                        "Selected task must not be empty: choose_stages is an empty list; omit it to run every stage"), "empty");
            }
            for (String identifier : chosenStages) {
                boolean known = pipeline.stages.stream().anyMatch(s -> s.identifier().equals(identifier) || s.name().equals(identifier));
                if (!known) {
                    throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011132",
                            "Selected task does not exist: no stage with identifier '" + identifier + "' in pipeline " + pipeline.id), "unknown stage");
                }
            }
        }
    }

    /**
     * A new run of {@code pipeline} as {@code request} asks for it: every stage and job, marked selected or not by the
     * request's choice, and the pipeline's variables overridden by the request's. Call {@link #checkChoice} first.
     */
    PipelineRun plan(Pipeline pipeline, RunSimulator.RunPipelineBody request, RunSimulator.Executor executor, long now) {
        Set<String> chosenJobs = chosen(request.chooseJobs());
        Set<String> chosenStages = chosen(request.chooseStages());
        List<StageRun> stages = new ArrayList<>();
        int stageSequence = 0;
        for (StageSpec stageSpec : pipeline.stages) {
            boolean stageSelected = chosenStages == null || chosenStages.contains(stageSpec.identifier())
                    || chosenStages.contains(stageSpec.name());
            List<JobRun> jobs = new ArrayList<>();
            int jobSequence = 0;
            for (JobSpec jobSpec : stageSpec.jobs()) {
                boolean jobSelected = stageSelected && (chosenJobs == null || chosenJobs.contains(jobSpec.identifier()));
                jobs.add(new JobRun(context.newId(), jobSpec, jobSequence++, steps(jobSpec.steps()), jobSelected));
            }
            boolean anyJob = jobs.stream().anyMatch(j -> j.selected);
            stages.add(new StageRun(context.newId(), stageSpec, stageSequence++, steps(stageSpec.pre()), jobs,
                    steps(stageSpec.post()), stageSelected && anyJob));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        if (pipeline.variables != null && pipeline.variables.isArray()) {
            for (JsonNode variable : pipeline.variables) {
                if (variable.hasNonNull("name")) {
                    variables.put(variable.get("name").asText(), variable.path("value").asText(""));
                }
            }
        }
        variables.putAll(request.variables());
        PipelineRun run = new PipelineRun(context.newId(), pipeline, pipeline.nextRunNumber++, now, request.description(),
                variables, request.sources(), executor.id(), executor.name(), stages);
        return run;
    }

    private List<StepRun> steps(List<StepSpec> specs) {
        List<StepRun> result = new ArrayList<>();
        int sequence = 0;
        for (StepSpec spec : specs) {
            result.add(new StepRun(context.newId(), spec, sequence++));
        }
        return result;
    }
}
