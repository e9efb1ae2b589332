package io.jenkins.plugins.codearts.engine;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** One package a run produced (the run detail's {@code artifacts}). */
public record ArtifactInfo(String name, String packageType, String version, String downloadUrl) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A plain map for Pipeline scripts. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("packageType", packageType);
        map.put("version", version);
        map.put("downloadUrl", downloadUrl);
        return map;
    }
}
