package io.jenkins.plugins.codearts.emulator.crud;

import java.util.List;

/**
 * Keeps the pipeline module's {@code TemplateStageRegistry} (used by createPipelineByTemplate) in step with the templates
 * managed here, and tells this module about templates the registry already has (the demo template).
 */
public interface TemplateSync {

    /** Name and stage names of a template the registry knows. */
    record KnownTemplate(String name, List<String> stageNames) {
    }

    /** A template was created or replaced. */
    void saved(String id, String name, String definition, List<String> stageNames);

    /** A template was deleted. */
    void removed(String id);

    /** The registry's template with this id, or null. */
    KnownTemplate known(String id);

    /** For running the CRUD resources without the pipeline module. */
    TemplateSync NONE = new TemplateSync() {
        @Override
        public void saved(String id, String name, String definition, List<String> stageNames) {
            // nothing to keep in step
        }

        @Override
        public void removed(String id) {
            // nothing to keep in step
        }

        @Override
        public KnownTemplate known(String id) {
            return null;
        }
    };
}
