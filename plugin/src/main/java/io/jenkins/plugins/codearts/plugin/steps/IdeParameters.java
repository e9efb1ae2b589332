package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.codearts.engine.IdeInstanceSpec;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import java.io.Serializable;

/** The createIdeInstance parameters as plain strings, so they pickle with the execution. */
public final class IdeParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    final String orgId;
    final String displayName;
    final String stackId;
    final String arch;
    final String cpuMemory;
    final String pvcQuantity;
    final String refreshInterval;
    final String description;

    private IdeParameters(String orgId, String displayName, String stackId, String arch, String cpuMemory, String pvcQuantity,
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
        String tenant = FieldChecks.firstNonBlank(orgId, CodeArtsGlobalConfiguration.get().getDomainId());
        if (tenant == null) {
            throw new AbortException(Messages.CreateIdeInstanceStep_noOrgId());
        }
        return tenant;
    }

    /**
     * The checked request: displayName and stackId given, choices the API accepts. Throws
     * {@link IllegalArgumentException} naming the field, the value and the fix (see FieldChecks.checkInputs).
     */
    public static IdeParameters checked(String orgId, @CheckForNull String displayName, @CheckForNull String stackId,
            String arch, String cpuMemory, String pvcQuantity, String refreshInterval, @CheckForNull String description) {
        IdeParameters request = new IdeParameters(orgId, FieldChecks.requiredText("displayName", displayName),
                FieldChecks.requiredText("stackId", stackId), arch, cpuMemory, pvcQuantity, refreshInterval,
                description);
        request.toEngineRequest(); // the engine's builder checks the choices
        return request;
    }

    /** How failures name the instance: {@code IDE instance "…"}. */
    public String target() {
        return Messages.IdeParameters_target(displayName);
    }

    /** The engine request; its builder rejects bad values with the field, the value and the accepted choices. */
    public IdeInstanceSpec toEngineRequest() {
        return IdeInstanceSpec.builder(orgId, displayName, stackId)
                .arch(arch)
                .cpuMemory(cpuMemory)
                .pvcQuantity(pvcQuantity)
                .refreshInterval(refreshInterval)
                .description(description)
                .build();
    }
}
