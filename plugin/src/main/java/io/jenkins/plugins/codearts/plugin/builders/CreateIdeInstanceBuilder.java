package io.jenkins.plugins.codearts.plugin.builders;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.IdeChoices;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import io.jenkins.plugins.codearts.plugin.runpage.IdeEnvironmentAction;
import io.jenkins.plugins.codearts.plugin.steps.IdeParameters;
import java.io.IOException;
import java.time.Duration;
import jenkins.util.Timer;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Build step "Create a CodeArts IDE instance": like createIdeInstance; the instance id and link are exported as
 * {@code CODEARTS_IDE_INSTANCE_ID} and {@code CODEARTS_IDE_LINK} for later build steps.
 */
public final class CreateIdeInstanceBuilder extends CodeArtsBuilderBase {

    private final String displayName;
    private final String stackId;
    private String arch = IdeChoices.DEFAULT_ARCH;
    private String cpuMemory = IdeChoices.DEFAULT_CPU_MEMORY;
    private String pvcQuantity = IdeChoices.DEFAULT_PVC_QUANTITY;
    private String refreshInterval = IdeChoices.DEFAULT_REFRESH_INTERVAL;
    private String description;
    private String orgId;
    private boolean waitUntilReady = true;
    private int timeout = IdeChoices.DEFAULT_TIMEOUT_MINUTES;

    @DataBoundConstructor
    public CreateIdeInstanceBuilder(String displayName, String stackId) {
        // Checked in perform(): see FieldChecks.checkInputs.
        this.displayName = Util.fixEmptyAndTrim(displayName);
        this.stackId = Util.fixEmptyAndTrim(stackId);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getStackId() {
        return stackId;
    }

    public String getArch() {
        return arch;
    }

    @DataBoundSetter
    public void setArch(String arch) {
        this.arch = FieldChecks.textOrDefault(arch, IdeChoices.DEFAULT_ARCH);
    }

    public String getCpuMemory() {
        return cpuMemory;
    }

    @DataBoundSetter
    public void setCpuMemory(String cpuMemory) {
        this.cpuMemory = FieldChecks.textOrDefault(cpuMemory, IdeChoices.DEFAULT_CPU_MEMORY);
    }

    public String getPvcQuantity() {
        return pvcQuantity;
    }

    @DataBoundSetter
    public void setPvcQuantity(String pvcQuantity) {
        this.pvcQuantity = FieldChecks.textOrDefault(pvcQuantity, IdeChoices.DEFAULT_PVC_QUANTITY);
    }

    public String getRefreshInterval() {
        return refreshInterval;
    }

    @DataBoundSetter
    public void setRefreshInterval(String refreshInterval) {
        this.refreshInterval = FieldChecks.textOrDefault(refreshInterval, IdeChoices.DEFAULT_REFRESH_INTERVAL);
    }

    public @CheckForNull String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(String description) {
        this.description = Util.fixEmptyAndTrim(description);
    }

    public @CheckForNull String getOrgId() {
        return orgId;
    }

    @DataBoundSetter
    public void setOrgId(String orgId) {
        this.orgId = Util.fixEmptyAndTrim(orgId);
    }

    public boolean isWaitUntilReady() {
        return waitUntilReady;
    }

    @DataBoundSetter
    public void setWaitUntilReady(boolean waitUntilReady) {
        this.waitUntilReady = waitUntilReady;
    }

    public int getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(int timeout) {
        this.timeout = timeout; // checked in perform()
    }

    @Override
    boolean needsProject() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        ConnectionSettings settings = connectionSettings(env);
        String tenant = IdeParameters.tenant(expand(env, orgId));
        IdeParameters request = FieldChecks.checkInputs(() -> IdeParameters.checked(tenant, expand(env, displayName),
                expand(env, stackId), arch, cpuMemory, pvcQuantity, refreshInterval, expand(env, description)));
        int minutes = FieldChecks.checkInputs(() -> FieldChecks.timeoutMinutes(timeout));
        IdeWaitOptions wait = (waitUntilReady ? IdeWaitOptions.defaults() : IdeWaitOptions.noWait())
                .withTimeout(Duration.ofMinutes(minutes))
                .withPollInterval(Duration.ofMillis(CodeArtsGlobalConfiguration.get().getMinPollMillis()));
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        IdeInstanceResult result;
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            CodeArtsEngine engine = new CodeArtsEngine(client, Timer.get());
            result = engine.createIdeInstance(request.toEngineRequest(), wait, new IdeListener() {
                @Override
                public void onLine(String line) {
                    listener.getLogger().println(line);
                }
            }).await();
        } catch (RuntimeException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException(e.getMessage()); // the build was aborted
            }
            throw ExpectedFailures.rethrow(e, request.target());
        }
        run.addAction(new IdeEnvironmentAction(result.instanceId(), result.link()));
    }

    @Extension
    @Symbol("codeArtsCreateIdeInstance")
    public static final class DescriptorImpl extends BuilderDescriptorBase {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CreateIdeInstanceBuilder_displayName();
        }

        @POST
        public FormValidation doCheckDisplayName(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? IdeChoices.checkDisplayName(value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckStackId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("stackId", value) : FormValidation.ok();
        }

        @POST
        public ListBoxModel doFillArchItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? IdeChoices.arch() : new ListBoxModel();
        }

        @POST
        public ListBoxModel doFillCpuMemoryItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? IdeChoices.cpuMemory() : new ListBoxModel();
        }

        @POST
        public ListBoxModel doFillPvcQuantityItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? IdeChoices.pvcQuantity() : new ListBoxModel();
        }

        @POST
        public ListBoxModel doFillRefreshIntervalItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? IdeChoices.refreshInterval() : new ListBoxModel();
        }

        @POST
        public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? IdeChoices.checkTimeout(value) : FormValidation.ok();
        }
    }
}
