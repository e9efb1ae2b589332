package io.jenkins.plugins.codearts.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an IDE instance operation ended.
 *
 * @param instanceId the instance id
 * @param link the URL that opens the IDE (known after create; null otherwise)
 * @param status the last status seen (RUNNING, READY, STOPPED, DELETED, ...)
 * @param serverUrl the server URL from the status call, or null
 * @param reached whether the wanted status was reached (false when not waiting)
 */
public record IdeInstanceResult(String instanceId, String link, String status, String serverUrl, boolean reached) {

    /** A plain map for Pipeline scripts: id, link, status, serverUrl, reached. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", instanceId);
        map.put("link", link);
        map.put("status", status);
        map.put("serverUrl", serverUrl);
        map.put("reached", reached);
        return map;
    }
}
