package io.jenkins.plugins.codearts.resourcecheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin's own resources, checked in the default build: Jelly views parse as Jenkins parses them, form fields
 * match their classes and have help, and every message has a zh_CN translation.
 */
class PluginResourcesTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path PLUGIN_RESOURCES = REPOSITORY.resolve("plugin/src/main/resources");
    private static final Path PLUGIN_SOURCES = REPOSITORY.resolve("plugin/src/main/java");

    @Test
    void pluginResourcesLoadInJenkins() throws Exception {
        if (!Files.isDirectory(PLUGIN_RESOURCES) || !Files.isDirectory(PLUGIN_SOURCES)) {
            fail("plugin sources not found at " + PLUGIN_RESOURCES.toAbsolutePath().normalize()
                    + "; run the build from the repository root");
        }
        List<Problem> problems = new PluginResourceChecker(PLUGIN_RESOURCES, PLUGIN_SOURCES).check();
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in the plugin's resources:\n"
                    + PluginResourceChecker.report(problems, REPOSITORY));
        }
    }
}
