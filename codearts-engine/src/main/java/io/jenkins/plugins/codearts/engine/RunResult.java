package io.jenkins.plugins.codearts.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a followed run ended.
 *
 * @param runId pipeline run id
 * @param runNumber the run's number (0 when the API never reported it)
 * @param status the run's last known CodeArts status (COMPLETED, FAILED, CANCELED, or RUNNING after a timeout that
 *     did not stop it)
 * @param url the run's page
 * @param startTime epoch milliseconds, 0 when unknown
 * @param endTime epoch milliseconds, 0 when unknown or still running
 * @param stages each stage's final status, in pipeline order
 * @param artifacts packages the run produced
 * @param outcome SUCCESS, FAILURE, ABORTED or TIMEOUT
 * @param message one line saying what happened, e.g. "Run #12 FAILED" or "Timeout of 30 min reached; run stopped"
 * @param incompleteLogSteps steps ("stage › job › step") whose log could not be read to its end even after retrying;
 *     empty when every line was read (see {@link #incompleteLogs()})
 */
public record RunResult(RunRef run, String runId, int runNumber, String status, String url, long startTime,
        long endTime, List<StageResult> stages, List<ArtifactInfo> artifacts, Outcome outcome, String message,
        List<String> incompleteLogSteps) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunResult {
        stages = stages == null ? List.of() : List.copyOf(stages);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        incompleteLogSteps = incompleteLogSteps == null ? List.of() : List.copyOf(incompleteLogSteps);
    }

    /** A result whose logs were all read. */
    public RunResult(RunRef run, String runId, int runNumber, String status, String url, long startTime, long endTime,
            List<StageResult> stages, List<ArtifactInfo> artifacts, Outcome outcome, String message) {
        this(run, runId, runNumber, status, url, startTime, endTime, stages, artifacts, outcome, message, List.of());
    }

    /**
     * Whether some log lines were never shown: a step's log stayed unreadable after retrying (the console says which,
     * with the run's URL). The run's own outcome is unaffected; front ends decide what this means (the CLI exits 1
     * unless {@code --allow-incomplete-logs}).
     */
    public boolean incompleteLogs() {
        return !incompleteLogSteps.isEmpty();
    }

    /** Whether the run succeeded. */
    public boolean isSuccess() {
        return outcome == Outcome.SUCCESS;
    }

    /**
     * A plain map (strings, numbers, lists and maps only) for Pipeline scripts: runId, runNumber, status, url,
     * startTime, endTime, stages (maps: id, name, sequence, status, startTime, endTime), artifacts (maps: name,
     * packageType, version, downloadUrl), outcome, projectId, pipelineId, message, incompleteLogs (boolean) and
     * incompleteLogSteps (list of "stage › job › step").
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runId", runId);
        map.put("runNumber", runNumber);
        map.put("status", status);
        map.put("url", url);
        map.put("startTime", startTime);
        map.put("endTime", endTime);
        List<Map<String, Object>> stageMaps = new ArrayList<>();
        stages.forEach(stage -> stageMaps.add(stage.toMap()));
        map.put("stages", stageMaps);
        List<Map<String, Object>> artifactMaps = new ArrayList<>();
        artifacts.forEach(artifact -> artifactMaps.add(artifact.toMap()));
        map.put("artifacts", artifactMaps);
        map.put("outcome", outcome.name());
        map.put("projectId", run == null ? null : run.projectId());
        map.put("pipelineId", run == null ? null : run.pipelineId());
        map.put("message", message);
        map.put("incompleteLogs", incompleteLogs());
        map.put("incompleteLogSteps", new ArrayList<>(incompleteLogSteps));
        return map;
    }
}
