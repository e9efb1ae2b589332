package io.jenkins.plugins.codearts.plugin.config;

import java.io.Serializable;

/**
 * Where and as whom to call CodeArts, after step values fell back to the global defaults. Holds only ids and URLs,
 * never a secret, so it can be persisted with a step execution.
 */
public final class ConnectionSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public final String region;
    public final String pipelineEndpoint;
    public final String ideEndpoint;
    public final String iamEndpoint;
    public final String projectId;
    public final String credentialsId;
    /** Account (domain) id; the client uses it as the IDE org_id with AK/SK. May be null. */
    public final String domainId;

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
