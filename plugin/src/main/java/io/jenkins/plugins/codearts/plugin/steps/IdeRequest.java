package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.codearts.engine.CreateIdeInstanceRequest;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import java.io.Serializable;

/** The createIdeInstance parameters as plain strings, so they pickle with the execution. */
public final class IdeRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    final String orgId;
    final String displayName;
    final String stackId;
    final String arch;
    final String cpuMemory;
    final String pvcQuantity;
    final String refreshInterval;
    final String description;

    public IdeRequest(String orgId, String displayName, String stackId, String arch, String cpuMemory, String pvcQuantity,
            String refreshInterval, String description) {
        this.orgId = orgId;
        this.displayName = displayName;
        this.stackId = stackId;
        this.arch = arch;
        this.cpuMemory = cpuMemory;
        this.pvcQuantity = pvcQuantity;
        this.refreshInterval = refreshInterval;
        this.description = description;
    }

    /** The IDE tenant: the given orgId, else the global Account ID; refused when there is neither. */
    public static String tenant(@CheckForNull String orgId) throws AbortException {
        String tenant = CodeArtsConnector.firstNonBlank(orgId, CodeArtsGlobalConfiguration.get().getDomainId());
        if (tenant == null) {
            throw new AbortException(Messages.CreateIdeInstanceStep_noOrgId());
        }
        return tenant;
    }

    /** The engine request; its builder rejects bad values with the field, the value and the accepted choices. */
    public CreateIdeInstanceRequest toEngineRequest() {
        return CreateIdeInstanceRequest.builder(orgId, displayName, stackId)
                .arch(arch)
                .cpuMemory(cpuMemory)
                .pvcQuantity(pvcQuantity)
                .refreshInterval(refreshInterval)
                .description(description)
                .build();
    }
}
