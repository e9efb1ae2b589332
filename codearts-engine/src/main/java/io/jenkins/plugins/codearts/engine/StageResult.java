package io.jenkins.plugins.codearts.engine;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stage's final status in a {@link RunResult}; times are epoch milliseconds, 0 when unknown. */
public record StageResult(String id, String name, int sequence, String status, long startTime, long endTime)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A plain map for Pipeline scripts: id, name, sequence, status, startTime, endTime. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("name", name);
        map.put("sequence", sequence);
        map.put("status", status);
        map.put("startTime", startTime);
        map.put("endTime", endTime);
        return map;
    }
}
