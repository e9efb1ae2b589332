package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code startIdeInstance}; both fields are optional.
 *
 * @param pluginEnableList plug-ins to enable
 * @param pluginVars plug-in variables (encrypt sensitive values)
 */
public record StartIdeInstanceRequest(
        @JsonProperty("plugin_enable_list") List<String> pluginEnableList,
        @JsonProperty("plugin_vars") Map<String, Object> pluginVars) {

    /** Starts with no plug-ins. */
    public static StartIdeInstanceRequest none() {
        return new StartIdeInstanceRequest(null, null);
    }
}
