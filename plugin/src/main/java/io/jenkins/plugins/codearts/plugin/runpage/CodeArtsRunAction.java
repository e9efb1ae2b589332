package io.jenkins.plugins.codearts.plugin.runpage;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.User;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.engine.RunResult;
import io.jenkins.plugins.codearts.engine.StageResult;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.util.Timer;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * One CodeArts run on the Jenkins build page: a link to it, its stages and statuses, and, while a manual review waits,
 * Approve and Refuse buttons. Holds ids and statuses only; credentials are looked up again, in the build's context,
 * when someone decides a review.
 */
public final class CodeArtsRunAction implements RunAction2 {

    private static final Logger LOGGER = Logger.getLogger(CodeArtsRunAction.class.getName());
    private static final Set<String> STILL_WAITING = Set.of("RUNNING", "PAUSED", "SUSPEND", "INIT", "QUEUED");

    private final int index;
    private final String projectId;
    private final String pipelineId;
    private final String runId;
    private final ConnectionSettings settings;
    private volatile int runNumber;
    private volatile String url;
    private volatile String status;
    private volatile String outcome;
    private volatile String message;
    /** A plain ArrayList, replaced on change: XStream stores it in build.xml (no JDK immutable collections there). */
    private volatile ArrayList<Stage> stages = new ArrayList<>();
    private volatile PendingReview pendingReview;

    private transient Run<?, ?> run;
    /** The console of the step or build step following this run right now; null when nothing follows it. */
    private transient volatile TaskListener console;

    /** A stage row of the table. */
    public static final class Stage {
        private final String name;
        private final String status;

        Stage(String name, String status) {
            this.name = name;
            this.status = status;
        }

        public String getName() {
            return name;
        }

        public String getStatus() {
            return status;
        }
    }

    /** The manual review waiting on a person: the ids pass/refuse needs and names for the page. */
    public static final class PendingReview {
        private final String jobRunId;
        private final String stepRunId;
        private final String stageName;
        private final String stepName;

        PendingReview(String jobRunId, String stepRunId, String stageName, String stepName) {
            this.jobRunId = jobRunId;
            this.stepRunId = stepRunId;
            this.stageName = stageName;
            this.stepName = stepName;
        }

        public String getJobRunId() {
            return jobRunId;
        }

        public String getStepRunId() {
            return stepRunId;
        }

        public String getStageName() {
            return stageName;
        }

        public String getStepName() {
            return stepName;
        }
    }

    CodeArtsRunAction(int index, RunRef ref, ConnectionSettings settings) {
        this.index = index;
        this.projectId = ref.projectId();
        this.pipelineId = ref.pipelineId();
        this.runId = ref.runId();
        this.settings = settings;
    }

    /**
     * The action for {@code ref} on {@code run}, added if missing. One build may start or follow several runs; each
     * gets its own page.
     */
    public static synchronized CodeArtsRunAction attach(@NonNull Run<?, ?> run, @NonNull RunRef ref,
            @NonNull ConnectionSettings settings) throws IOException {
        List<CodeArtsRunAction> existing = run.getActions(CodeArtsRunAction.class);
        for (CodeArtsRunAction action : existing) {
            if (action.runId.equals(ref.runId()) && action.pipelineId.equals(ref.pipelineId())) {
                return action;
            }
        }
        CodeArtsRunAction action = new CodeArtsRunAction(existing.size() + 1, ref, settings);
        run.addAction(action);
        run.save();
        return action;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-cloud";
    }

    @Override
    public String getDisplayName() {
        return runNumber > 0 ? Messages.CodeArtsRunAction_displayNameNumbered(runNumber)
                : Messages.CodeArtsRunAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "codearts-run-" + index;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public String getRunId() {
        return runId;
    }

    public int getRunNumber() {
        return runNumber;
    }

    public @CheckForNull String getUrl() {
        return url;
    }

    /** The run URL for the page's link, only when it is an http(s) URL (never a script URL from a bad answer). */
    public @CheckForNull String getSafeUrl() {
        String value = url;
        return value != null && (value.startsWith("https://") || value.startsWith("http://")) ? value : null;
    }

    public @CheckForNull String getStatus() {
        return status;
    }

    public @CheckForNull String getOutcome() {
        return outcome;
    }

    public @CheckForNull String getMessage() {
        return message;
    }

    public List<Stage> getStages() {
        return Collections.unmodifiableList(stages);
    }

    public @CheckForNull PendingReview getPendingReview() {
        return pendingReview;
    }

    /** Whether the page should offer Approve and Refuse to the current user. */
    public boolean isReviewDecidable() {
        return pendingReview != null && run != null && run.getParent().hasPermission(Item.BUILD);
    }

    public void attachConsole(@CheckForNull TaskListener listener) {
        this.console = listener;
    }

    /** Records what a follow reported, so the page is current while the run goes on. */
    public synchronized void onEvent(FollowEvent event) {
        switch (event.type()) {
            case RUN_STARTED -> {
                if (event.url() != null) {
                    url = event.url();
                }
            }
            case RUN_STATUS -> status = event.status();
            case STAGE_STATUS -> updateStage(event.stageName(), event.status());
            case REVIEW_PENDING -> {
                pendingReview = new PendingReview(event.jobId(), event.stepId(), event.stageName(), event.stepName());
                saveQuietly();
            }
            case STEP_STATUS -> {
                // The review step reports RUNNING (or PAUSED) while it waits; any other status means it was decided.
                PendingReview pending = pendingReview;
                if (pending != null && pending.stepRunId != null && pending.stepRunId.equals(event.stepId())
                        && !STILL_WAITING.contains(String.valueOf(event.status()).toUpperCase(Locale.ROOT))) {
                    pendingReview = null;
                }
            }
            case FINISHED -> pendingReview = null;
            default -> {
                // truncation, warnings and the like only go to the console
            }
        }
    }

    public synchronized void onRunInfo(int number, @CheckForNull String runUrl) {
        if (number > 0) {
            runNumber = number;
        }
        if (runUrl != null) {
            url = runUrl;
        }
    }

    /** The final word: status, outcome and every stage. */
    public synchronized void onResult(RunResult result) {
        runNumber = result.runNumber() > 0 ? result.runNumber() : runNumber;
        url = result.url() != null ? result.url() : url;
        status = result.status();
        outcome = result.outcome().name();
        message = result.message();
        ArrayList<Stage> rows = new ArrayList<>();
        for (StageResult stage : result.stages()) {
            rows.add(new Stage(stage.name(), stage.status()));
        }
        stages = rows;
        pendingReview = null;
        console = null;
        saveQuietly();
    }

    private synchronized void updateStage(String name, String newStatus) {
        if (name == null) {
            return;
        }
        ArrayList<Stage> rows = new ArrayList<>(stages);
        boolean found = false;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name.equals(name)) {
                rows.set(i, new Stage(name, newStatus));
                found = true;
            }
        }
        if (!found) {
            rows.add(new Stage(name, newStatus));
        }
        stages = rows;
    }

    private void saveQuietly() {
        Run<?, ?> owner = run;
        if (owner == null) {
            return;
        }
        try {
            owner.save();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not save " + owner + " after a CodeArts update", e);
        }
    }

    /**
     * The Approve / Refuse form. POST only, needs Build on the job; the decision is sent with the build's credentials
     * and written to the console with the deciding user's name.
     */
    @RequirePOST
    public HttpResponse doReview(StaplerRequest request) throws IOException {
        Run<?, ?> owner = run;
        if (owner == null) {
            return HttpResponses.notFound();
        }
        owner.getParent().checkPermission(Item.BUILD);
        PendingReview pending = pendingReview;
        if (pending == null) {
            return HttpResponses.redirectToDot();
        }
        ReviewDecision decision;
        if (request.getParameter("approve") != null) {
            decision = ReviewDecision.PASS;
        } else if (request.getParameter("refuse") != null) {
            decision = ReviewDecision.REFUSE;
        } else {
            return HttpResponses.errorWithoutStack(400, Messages.CodeArtsRunAction_noDecision());
        }
        User user = User.current();
        String who = user == null ? "anonymous" : user.getFullName() + " (" + user.getId() + ")";
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(owner, settings.credentialsId);
        ReviewDecisionResult result;
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            CodeArtsEngine engine = new CodeArtsEngine(client, Timer.get());
            result = engine.decideReview(RunRef.of(projectId, pipelineId, runId), decision, pending.jobRunId,
                    pending.stepRunId);
        } catch (RuntimeException e) {
            log(Messages.CodeArtsRunAction_decisionFailed(decision.name(), who, e.getMessage()));
            return HttpResponses.errorWithoutStack(502, Messages.CodeArtsRunAction_decisionFailed(decision.name(), who,
                    e.getMessage()));
        }
        log(Messages.CodeArtsRunAction_decided(decision == ReviewDecision.PASS ? "Approved" : "Refused", who,
                result.message()));
        if (result.accepted()) {
            pendingReview = null;
            saveQuietly();
        }
        return HttpResponses.redirectToDot();
    }

    private void log(String line) {
        TaskListener listener = console;
        if (listener != null) {
            listener.getLogger().println(line);
        }
        LOGGER.info(() -> run + ": " + line);
    }
}
