package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.IdeChoices;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code def ide = createIdeInstance(displayName: 'review-42', stackId: '...')}: creates a CodeArts IDE Online instance
 * and, unless {@code waitUntilReady: false}, waits until it is running. Returns a map: id, link, status, serverUrl,
 * reached.
 */
public final class CreateIdeInstanceStep extends CodeArtsStepBase {

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
    public CreateIdeInstanceStep(String displayName, String stackId) {
        // Checked in start(): see FieldChecks.checkInputs.
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

    /** The account (domain) id used as the IDE tenant; empty uses the global Account ID. */
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

    /** Minutes to wait for the instance to become ready. */
    public int getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(int timeout) {
        this.timeout = timeout; // checked in start()
    }


    @Override
    boolean needsProject() {
        return false;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        String tenant = IdeParameters.tenant(orgId);
        IdeParameters request = FieldChecks.checkInputs(() -> IdeParameters.checked(tenant, displayName, stackId, arch,
                cpuMemory, pvcQuantity, refreshInterval, description));
        int minutes = FieldChecks.checkInputs(() -> FieldChecks.timeoutMinutes(timeout));
        return new Execution(context, connectionSettings(), request, waitUntilReady, minutes,
                Instant.now().plus(Duration.ofMinutes(minutes)));
    }

    /**
     * Creates the instance on a {@link jenkins.util.Timer} thread and waits without holding one. The created
     * instance's id is saved with the program; after a restart the wait continues on that instance, until the deadline
     * set when the step began, instead of creating another.
     */
    static final class Execution extends WaitingStepExecution<IdeInstanceResult> implements IdeListener {
        private static final long serialVersionUID = 1L;

        private final IdeParameters request;
        private final boolean waitUntilReady;
        private final int timeoutMinutes;
        private volatile String instanceId;

        Execution(StepContext context, ConnectionSettings settings, IdeParameters request, boolean waitUntilReady,
                int timeoutMinutes, Instant deadline) {
            super(context, settings, deadline);
            this.request = request;
            this.waitUntilReady = waitUntilReady;
            this.timeoutMinutes = timeoutMinutes;
        }

        @Override
        protected CompletableFuture<IdeInstanceResult> begin(CodeArtsEngine engine, boolean resuming,
                Instant deadline) throws AbortException {
            IdeWaitOptions wait = IdeInstanceOperation.waitOptions(waitUntilReady, timeoutMinutes);
            if (!resuming) {
                return engine.createIdeInstance(request.toEngineRequest(), wait, this).result();
            }
            if (instanceId == null) {
                throw new AbortException(Messages.CreateIdeInstanceStep_restartBeforeCreate(request.displayName));
            }
            return engine.awaitIdeInstance(instanceId, wait, this, deadline).result();
        }

        @Override
        protected Object result(IdeInstanceResult result) {
            return result.toMap();
        }

        @Override
        protected String target() {
            return request.target();
        }

        @Override
        protected @CheckForNull String resumingMessage() {
            return instanceId == null ? null : Messages.CreateIdeInstanceStep_resuming(instanceId);
        }

        @Override
        public void onLine(String line) {
            println(line);
        }

        @Override
        public synchronized void onStatus(String id, String status) {
            if (id != null && !id.equals(instanceId)) {
                instanceId = id;
                getContext().saveState();
            }
        }

        /**
         * Stops waiting; the instance itself is left as it is (delete it with codeArtsIdeInstance). A create not yet
         * sent is not sent; one already sent cannot be called back, so the console says how to find the instance.
         */
        @Override
        public void stop(@NonNull Throwable cause) {
            if (instanceId == null && !isFinished()) {
                println(Messages.CreateIdeInstanceStep_stoppedWhileCreating(request.displayName));
            }
            super.stop(cause);
        }

        @Override
        public String getStatus() {
            return instanceId == null ? "creating IDE instance '" + request.displayName + "'"
                    : "waiting until " + deadline() + " for IDE instance " + instanceId;
        }
    }

    @Extension
    @Symbol("createIdeInstance")
    public static final class DescriptorImpl extends DescriptorBase {

        @Override
        public String getFunctionName() {
            return "createIdeInstance";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CreateIdeInstanceStep_displayName();
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
