package io.jenkins.plugins.codearts.plugin.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeFollow;
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
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
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
        String tenant = IdeRequest.tenant(orgId);
        IdeRequest request = FieldChecks.checkInputs(() -> IdeRequest.checked(tenant, displayName, stackId, arch,
                cpuMemory, pvcQuantity, refreshInterval, description));
        int minutes = FieldChecks.checkInputs(() -> FieldChecks.timeoutMinutes(timeout));
        return new Execution(context, connectionSettings(), request, waitUntilReady, minutes);
    }

    /**
     * Creates the instance on a {@link Timer} thread and waits without holding one. The created instance's id is
     * saved with the program; after a restart the wait continues on that instance instead of creating another.
     */
    @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED",
            justification = "The wait, client and console are created again by attach() in onResume()")
    static final class Execution extends AbstractStepExecutionImpl implements IdeListener {
        private static final long serialVersionUID = 1L;
        private static final Logger LOGGER = Logger.getLogger(Execution.class.getName());

        private final ConnectionSettings settings;
        private final IdeRequest request;
        private final boolean waitUntilReady;
        private final int timeoutMinutes;
        private volatile String instanceId;
        private volatile boolean finished;
        /** When the step began; the timeout counts from here across restarts. */
        private final long waitStartedMillis = System.currentTimeMillis();

        private transient volatile IdeFollow follow;
        private transient volatile CodeArtsClient client;
        private transient volatile TaskListener console;

        Execution(StepContext context, ConnectionSettings settings, IdeRequest request, boolean waitUntilReady,
                int timeoutMinutes) {
            super(context);
            this.settings = settings;
            this.request = request;
            this.waitUntilReady = waitUntilReady;
            this.timeoutMinutes = timeoutMinutes;
        }

        @Override
        public boolean start() {
            Timer.get().execute(() -> attach(false));
            return false;
        }

        @Override
        public void onResume() {
            super.onResume();
            if (!finished) {
                Timer.get().execute(() -> attach(true));
            }
        }

        private void attach(boolean resuming) {
            try {
                Run<?, ?> run = getContext().get(Run.class);
                console = getContext().get(TaskListener.class);
                StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
                client = CodeArtsConnector.open(settings, credentials);
                CodeArtsEngine engine = new CodeArtsEngine(client, Timer.get());
                IdeWaitOptions wait = (waitUntilReady ? IdeWaitOptions.defaults() : IdeWaitOptions.noWait())
                        .withTimeout(Duration.ofMinutes(timeoutMinutes))
                        .withPollInterval(Duration.ofMillis(CodeArtsGlobalConfiguration.get().getMinPollMillis()));
                IdeFollow started;
                if (!resuming) {
                    started = engine.createIdeInstance(request.toEngineRequest(), wait, this);
                } else if (instanceId == null) {
                    throw new AbortException(Messages.CreateIdeInstanceStep_restartBeforeCreate(request.displayName));
                } else {
                    console.getLogger().println(Messages.CreateIdeInstanceStep_resuming(instanceId));
                    // Keep the deadline set when the step began: a restart must not extend the wait.
                    Instant deadline = Instant.ofEpochMilli(waitStartedMillis).plus(wait.timeout());
                    started = engine.awaitIdeInstance(instanceId, wait, this, deadline);
                }
                follow = started;
                started.result().whenComplete(this::finish);
            } catch (Throwable e) {
                closeClient();
                finished = true;
                getContext().onFailure(ExpectedFailures.forBuild(e, request.target()));
            }
        }

        @Override
        public void onLine(String line) {
            TaskListener listener = console;
            if (listener != null) {
                listener.getLogger().println(line);
            }
        }

        @Override
        public synchronized void onStatus(String id, String status) {
            if (id != null && !id.equals(instanceId)) {
                instanceId = id;
                getContext().saveState();
            }
        }

        private void finish(IdeInstanceResult result, Throwable error) {
            closeClient();
            if (finished) {
                return;
            }
            finished = true;
            if (error != null) {
                getContext().onFailure(ExpectedFailures.forBuild(error, request.target()));
            } else {
                getContext().onSuccess(result.toMap());
            }
        }

        /** Stops waiting; the instance itself is left as it is (delete it with codeArtsIdeInstance). */
        @Override
        public void stop(@NonNull Throwable cause) {
            IdeFollow current = follow;
            if (current != null) {
                current.cancel();
            }
            closeClient();
            finished = true;
            getContext().onFailure(cause);
        }

        @Override
        public String getStatus() {
            return instanceId == null ? "creating IDE instance '" + request.displayName + "'"
                    : "waiting for IDE instance " + instanceId;
        }

        private void closeClient() {
            CodeArtsClient current = client;
            client = null;
            if (current != null) {
                try {
                    current.close();
                } catch (RuntimeException e) {
                    LOGGER.log(Level.FINE, "closing the CodeArts client", e);
                }
            }
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
