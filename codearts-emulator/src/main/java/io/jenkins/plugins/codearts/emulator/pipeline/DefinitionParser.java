package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@code stages} array (scenario files and createPipeline's {@code definition}) into specs. The shape follows
 * the run detail's stages/jobs/steps; emulator-only step fields ({@code duration}, {@code outcome}, {@code logs},
 * {@code failure_message}, {@code review_timeout}, {@code review_timeout_outcome}, {@code artifacts}) say how the step
 * behaves.
 */
final class DefinitionParser {

    static final long DEFAULT_STEP_MILLIS = 5_000;

    private DefinitionParser() {
    }

    static List<StageSpec> parseStages(JsonNode stages, String where) {
        if (stages == null || !stages.isArray() || stages.isEmpty()) {
            throw new ScenarioException(where + ": 'stages' must be a non-empty array of {name, jobs:[{name, steps:[...]}]}");
        }
        List<StageSpec> result = new ArrayList<>();
        int index = 0;
        for (JsonNode stage : stages) {
            String stageWhere = where + ".stages[" + index + "]";
            String name = text(stage, "name", "Stage_" + (index + 1));
            List<StepSpec> pre = stage.has("pre") ? parseSteps(stage.get("pre"), stageWhere + ".pre", true)
                    : List.of(new StepSpec(null, StepSpec.AUTO_TRIGGER_TASK, null, 0, "COMPLETED", null, List.of(), null, null, null, null));
            List<StepSpec> post = stage.has("post") ? parseSteps(stage.get("post"), stageWhere + ".post", true) : List.of();
            JsonNode jobsNode = stage.get("jobs");
            if (jobsNode == null || !jobsNode.isArray() || jobsNode.isEmpty()) {
                throw new ScenarioException(stageWhere + " ('" + name + "'): 'jobs' must be a non-empty array");
            }
            List<JobSpec> jobs = new ArrayList<>();
            int jobIndex = 0;
            for (JsonNode job : jobsNode) {
                String jobWhere = stageWhere + ".jobs[" + jobIndex + "]";
                String jobName = text(job, "name", "Job_" + (jobIndex + 1));
                String identifier = text(job, "identifier", "JOB_" + (index + 1) + "_" + (jobIndex + 1));
                JsonNode steps = job.get("steps");
                jobs.add(new JobSpec(jobName, identifier, steps == null ? List.of() : parseSteps(steps, jobWhere + ".steps", false)));
                jobIndex++;
            }
            result.add(new StageSpec(name, text(stage, "identifier", String.valueOf(index)), pre, List.copyOf(jobs), post));
            index++;
        }
        return List.copyOf(result);
    }

    private static List<StepSpec> parseSteps(JsonNode steps, String where, boolean stageLevel) {
        if (!steps.isArray()) {
            throw new ScenarioException(where + " must be an array of steps");
        }
        List<StepSpec> result = new ArrayList<>();
        int index = 0;
        for (JsonNode step : steps) {
            String stepWhere = where + "[" + index + "]";
            String task = text(step, "task", stageLevel ? StepSpec.AUTO_TRIGGER_TASK : "official_shell_plugin");
            boolean review = StepSpec.MANUAL_REVIEW_TASK.equals(task);
            long duration = step.has("duration") ? DurationParser.millis(step.get("duration"), stepWhere + ".duration")
                    : (review || stageLevel ? 0 : DEFAULT_STEP_MILLIS);
            String outcome = text(step, "outcome", "COMPLETED").toUpperCase(Locale.ROOT);
            if (!outcome.equals("COMPLETED") && !outcome.equals("FAILED")) {
                throw new ScenarioException(stepWhere + ".outcome must be COMPLETED or FAILED, was '" + outcome + "'");
            }
            List<String> logs = new ArrayList<>();
            JsonNode logsNode = step.get("logs");
            if (logsNode != null) {
                if (logsNode.isTextual()) {
                    logs.addAll(List.of(logsNode.asText().split("\n", -1)));
                } else if (logsNode.isArray()) {
                    logsNode.forEach(line -> logs.add(line.asText()));
                } else {
                    throw new ScenarioException(stepWhere + ".logs must be a list of lines or one multi-line string");
                }
            }
            Long reviewTimeout = step.has("review_timeout")
                    ? DurationParser.millis(step.get("review_timeout"), stepWhere + ".review_timeout") : null;
            String reviewOutcome = step.has("review_timeout_outcome")
                    ? step.get("review_timeout_outcome").asText().toUpperCase(Locale.ROOT) : null;
            if (reviewOutcome != null && !reviewOutcome.equals("PASS") && !reviewOutcome.equals("REFUSE")) {
                throw new ScenarioException(stepWhere + ".review_timeout_outcome must be PASS or REFUSE, was '" + reviewOutcome + "'");
            }
            JsonNode artifacts = step.get("artifacts");
            if (artifacts != null && !artifacts.isArray()) {
                throw new ScenarioException(stepWhere + ".artifacts must be a list of {name, packageType, version, downloadUrl}");
            }
            String name = text(step, "name", review ? "Manual review" : (stageLevel ? null : "Step_" + (index + 1)));
            result.add(new StepSpec(name, task, text(step, "identifier", null), duration, outcome,
                    text(step, "failure_message", null), List.copyOf(logs), step.get("inputs"), reviewTimeout, reviewOutcome,
                    artifacts));
            index++;
        }
        return List.copyOf(result);
    }

    private static String text(JsonNode node, String field, String defaultValue) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? defaultValue : value.asText();
    }
}
