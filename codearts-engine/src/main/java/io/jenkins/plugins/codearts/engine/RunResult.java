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
 * @param message one line saying what happened, e.g. "Run #12 FAILED" or "Timeout of PT30M reached; run stopped"
 */
public record RunResult(RunRef run, String runId, int runNumber, String status, String url, long startTime,
        long endTime, List<StageResult> stages, List<ArtifactInfo> artifacts, Outcome outcome, String message)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunResult {
        stages = stages == null ? List.of() : List.copyOf(stages);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    /** Whether the run succeeded. */
    public boolean isSuccess() {
        return outcome == Outcome.SUCCESS;
    }

    /**
     * A plain map (strings, numbers, lists and maps only) for Pipeline scripts: runId, runNumber, status, url,
     * startTime, endTime, stages (maps: id, name, sequence, status, startTime, endTime), artifacts (maps: name,
     * packageType, version, downloadUrl), outcome, projectId, pipelineId, message.
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
        return map;
    }
}
