package io.jenkins.plugins.codearts.plugin;

import java.io.Serializable;

/**
 * Where and as whom to call CodeArts, after step values fell back to the global defaults. Holds only ids and URLs,
 * never a secret, so it can be persisted with a step execution.
 */
final class ConnectionSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    final String region;
    final String pipelineEndpoint;
    final String ideEndpoint;
    final String iamEndpoint;
    final String projectId;
    final String credentialsId;
    /** Account (domain) id; the client uses it as the IDE org_id with AK/SK. May be null. */
    final String domainId;

    ConnectionSettings(String region, String pipelineEndpoint, String ideEndpoint, String iamEndpoint,
            String projectId, String credentialsId, String domainId) {
        this.region = region;
        this.pipelineEndpoint = pipelineEndpoint;
        this.ideEndpoint = ideEndpoint;
        this.iamEndpoint = iamEndpoint;
        this.projectId = projectId;
        this.credentialsId = credentialsId;
        this.domainId = domainId;
    }

    @Override
    public String toString() {
        return "region " + region + ", project " + projectId + ", credentials " + credentialsId;
    }
}
