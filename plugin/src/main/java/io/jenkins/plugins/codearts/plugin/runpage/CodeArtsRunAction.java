package io.jenkins.plugins.codearts.plugin.runpage;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Api;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.User;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.LogSource;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunDetail;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.engine.RunResult;
import io.jenkins.plugins.codearts.engine.RunSnapshot;
import io.jenkins.plugins.codearts.engine.RunSnapshotRecorder;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.util.Timer;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * One CodeArts run on the Jenkins build page: its run page ({@code codearts-run-N}) with the stage → job → step tree,
 * the pending review with Approve and Refuse, the artifacts and the failed step's last lines, plus a summary line on the
 * build page. The page shows the latest {@link RunPageModel}, made from what the follow reports
 * ({@link RunSnapshotRecorder}); viewing it or its {@code api/json} never calls CodeArts. The model is saved with the
 * build when a review starts waiting and when the follow ends. Credentials are looked up again, in the build's
 * context, when someone decides a review.
 */
@ExportedBean
public final class CodeArtsRunAction implements RunAction2 {

    private static final Logger LOGGER = Logger.getLogger(CodeArtsRunAction.class.getName());

    private final int index;
    private final String projectId;
    private final String pipelineId;
    private final String runId;
    private final ConnectionSettings settings;
    private volatile RunPageModel page = RunPageModel.empty();

    private transient Run<?, ?> run;
    /** The console of the step or build step following this run right now; null when nothing follows it. */
    private transient volatile TaskListener console;
    /** Keeps the page current while a follow runs; made again (from the stored page) by each new follow. */
    private transient RunSnapshotRecorder recorder;
    /** Steps whose log header was written to the console by the current follow. */
    private transient Set<String> stepsWithHeader;
    /** The review step decided from this page, so its buttons go away before CodeArts reports it decided. */
    private transient volatile String decidedStep;

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

    /** A build saved before the page had its model (or with a damaged one) shows an empty page, not an error. */
    private Object readResolve() {
        if (page == null) {
            page = RunPageModel.empty();
        }
        return this;
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
        int number = page.getRunNumber();
        return number > 0 ? Messages.CodeArtsRunAction_displayNameNumbered(number)
                : Messages.CodeArtsRunAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "codearts-run-" + index;
    }

    /** {@code …/codearts-run-N/api/json}: the same data the page shows. */
    public Api getApi() {
        return new Api(this);
    }

    @Exported
    public String getProjectId() {
        return projectId;
    }

    @Exported
    public String getPipelineId() {
        return pipelineId;
    }

    @Exported
    public String getRunId() {
        return runId;
    }

    /** Everything the page shows; only the action's own {@code api/json} includes it at depth 0. */
    @Exported(visibility = 1)
    public RunPageModel getSnapshot() {
        RunPageModel current = page;
        Run<?, ?> owner = run;
        if (current.isLive() && owner != null && !owner.isBuilding()) {
            // The build ended without a word from the follow (e.g. Jenkins restarted and did not resume it).
            return current.ended(null, Messages.CodeArtsRunAction_notFollowed());
        }
        return current;
    }

    /**
     * Whether the Jenkins build is still running: a page no longer live may become live again (e.g. {@code waitForRun}
     * after {@code wait: false}), so the page's script keeps asking, more slowly, while this is true.
     */
    @Exported
    public boolean isBuilding() {
        Run<?, ?> owner = run;
        return owner != null && owner.isBuilding();
    }

    public int getRunNumber() {
        return page.getRunNumber();
    }

    public @CheckForNull String getUrl() {
        return page.getUrl();
    }

    /** The run URL for the page's link, only when it is an http(s) URL (never a script URL from a bad answer). */
    public @CheckForNull String getSafeUrl() {
        return page.getUrl();
    }

    public String getStatus() {
        return page.getStatus();
    }

    public @CheckForNull String getOutcome() {
        return page.getOutcome();
    }

    public @CheckForNull String getMessage() {
        return page.getMessage();
    }

    public List<RunPageModel.StageModel> getStages() {
        return page.getStages();
    }

    public @CheckForNull RunPageModel.ReviewModel getPendingReview() {
        return page.getReview();
    }

    /** Whether the page should offer Approve and Refuse to the current user. */
    public boolean isReviewDecidable() {
        return page.getReview() != null && !isReviewDecided() && run != null
                && run.getParent().hasPermission(Item.BUILD);
    }

    /** Whether the pending review was decided from this page and CodeArts has not reported it over yet. */
    public boolean isReviewDecided() {
        RunPageModel.ReviewModel review = page.getReview();
        return review != null && review.getStepRunId() != null && review.getStepRunId().equals(decidedStep);
    }

    public void attachConsole(@CheckForNull TaskListener listener) {
        this.console = listener;
    }

    // ---- fed by the follow (one call at a time per follow, on engine threads)

    /** Starts recording a new follow of this run, from what the page shows now: the page is live again. */
    public synchronized void beginFollow() {
        RunPageModel current = page;
        RunSnapshot seed = new RunSnapshot(current.getVersion(), projectId, pipelineId, runId,
                current.getRunNumber(), current.getPipelineName(), current.getTriggerType(),
                current.getExecutorName(), current.getStatus(), current.getStartTime(), current.getEndTime(),
                current.getUrl(), true, null, null, List.of(), null, List.of(), null);
        recorder = new RunSnapshotRecorder(seed, this::show);
        stepsWithHeader = ConcurrentHashMap.newKeySet();
    }

    /** The recorder of the current follow; null when no follow feeds this page. */
    private synchronized @CheckForNull RunSnapshotRecorder recorder() {
        return recorder;
    }

    private synchronized void show(RunSnapshot snapshot) {
        if (recorder == null) {
            return; // the follow was ended or detached in between
        }
        RunPageModel previous = page;
        RunPageModel next = RunPageModel.of(snapshot, previous);
        page = next;
        boolean reviewChanged = (previous.getReview() == null) != (next.getReview() == null);
        if (reviewChanged || previous.isLive() && !next.isLive()) {
            saveQuietly();
        }
    }

    /** Records what a follow reported, so the page is current while the run goes on. */
    public void onEvent(FollowEvent event) {
        RunSnapshotRecorder current = recorder();
        if (current != null) {
            current.onEvent(event);
        }
        if (event.type() == FollowEvent.Type.RUN_STARTED) {
            TaskListener listener = console;
            Run<?, ?> owner = run;
            if (listener != null && owner != null) {
                listener.getLogger().println(ConsoleLinks.runLinksLine(owner, this, event.url()));
            }
        }
    }

    /** A run detail the follow read: the tree, statuses, review and artifacts. */
    public void onRunDetail(RunDetail detail) {
        RunSnapshotRecorder current = recorder();
        if (current != null) {
            current.onRunDetail(detail);
        }
    }

    /**
     * A log line of a step: written to {@code listener} after the step's header when it is the first line of that step
     * in this follow, and kept for the failed step's tail.
     */
    public void onLogLine(String line, LogSource source, @CheckForNull TaskListener listener) {
        RunSnapshotRecorder current;
        Set<String> headers;
        synchronized (this) {
            current = recorder;
            headers = stepsWithHeader;
        }
        Run<?, ?> owner = run;
        if (listener != null) {
            if (owner != null && headers != null && source != null && source.stepId() != null
                    && headers.add(source.stepId())) {
                listener.getLogger().println(ConsoleLinks.stepHeader(owner, this, source));
            }
            listener.getLogger().println(line);
        }
        if (current != null) {
            current.onLogLine(line, source);
        }
    }

    public synchronized void onRunInfo(int number, @CheckForNull String runUrl) {
        page = page.withRunInfo(number, runUrl);
    }

    /** The final word: the page stops refreshing and is saved with the build as it is now. */
    public synchronized void onResult(RunResult result) {
        RunPageModel current = page.withRunInfo(result.runNumber(), result.url());
        page = current.isLive() ? current.ended(result.outcome().name(), result.message()) : current;
        recorder = null;
        console = null;
        saveQuietly();
    }

    /**
     * The follow ended without a result (it failed, or {@code wait: false} let the run go on unfollowed); the page
     * keeps what it knew and says why it no longer changes.
     */
    public synchronized void onFollowEnded(@CheckForNull String reason) {
        if (page.isLive()) {
            page = page.ended(null, reason != null ? reason : Messages.CodeArtsRunAction_notFollowed());
            saveQuietly();
        }
        recorder = null;
        console = null;
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
        RunPageModel.ReviewModel pending = page.getReview();
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
            result = engine.decideReview(RunRef.of(projectId, pipelineId, runId), decision, pending.getJobRunId(),
                    pending.getStepRunId());
        } catch (RuntimeException e) {
            log(Messages.CodeArtsRunAction_decisionFailed(decision.name(), who, e.getMessage()));
            return HttpResponses.errorWithoutStack(502, Messages.CodeArtsRunAction_decisionFailed(decision.name(), who,
                    e.getMessage()));
        }
        log(Messages.CodeArtsRunAction_decided(decision == ReviewDecision.PASS ? "Approved" : "Refused", who,
                result.message()));
        if (result.accepted()) {
            decidedStep = pending.getStepRunId();
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
