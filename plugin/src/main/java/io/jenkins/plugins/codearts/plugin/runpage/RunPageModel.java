package io.jenkins.plugins.codearts.plugin.runpage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.model.BallColor;
import io.jenkins.plugins.codearts.engine.ArtifactInfo;
import io.jenkins.plugins.codearts.engine.RunDetail;
import io.jenkins.plugins.codearts.engine.RunSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * What the run page shows, stored with the build: the engine's {@link RunSnapshot} copied into plain objects (XStream
 * keeps them in build.xml; records and JDK immutable lists do not belong there) and exported for
 * {@code …/api/json}. Nothing here talks to CodeArts.
 */
@ExportedBean(defaultVisibility = RunPageModel.NESTED)
public final class RunPageModel {

    /**
     * Visibility of every property below the action: {@code …/codearts-run-N/api/json} at depth 0 shows the whole tree
     * (run → stage → job → step is five levels), while the build's own api/json leaves it out unless asked for depth.
     */
    static final int NESTED = 10;

    private static final Set<String> FAILED = Set.of("FAILED", "ASYNC_FAILED");
    private static final Set<String> SKIPPED = Set.of("SKIPPED", "UNSELECTED", "IGNORED");
    private static final Set<String> NOT_STARTED = Set.of("", "INIT", "QUEUED", "UNKNOWN", "WAITING", "PENDING");

    private final long version;
    private final int runNumber;
    private final String pipelineName;
    private final String triggerType;
    private final String executorName;
    private final String status;
    private final long startTime;
    private final long endTime;
    private final String url;
    private final boolean live;
    private final String outcome;
    private final String message;
    private final ArrayList<StageModel> stages;
    private final ReviewModel review;
    private final ArrayList<ArtifactModel> artifacts;
    private final FailureModel failure;

    private RunPageModel(long version, int runNumber, String pipelineName, String triggerType, String executorName,
            String status, long startTime, long endTime, String url, boolean live, String outcome, String message,
            ArrayList<StageModel> stages, ReviewModel review, ArrayList<ArtifactModel> artifacts,
            FailureModel failure) {
        this.version = version;
        this.runNumber = runNumber;
        this.pipelineName = pipelineName;
        this.triggerType = triggerType;
        this.executorName = executorName;
        this.status = status == null ? "" : status;
        this.startTime = startTime;
        this.endTime = endTime;
        this.url = url;
        this.live = live;
        this.outcome = outcome;
        this.message = message;
        this.stages = stages;
        this.review = review;
        this.artifacts = artifacts;
        this.failure = failure;
    }

    /** Lists missing from a stored page read as empty. */
    private Object readResolve() {
        if (stages == null || artifacts == null) {
            return new RunPageModel(version, runNumber, pipelineName, triggerType, executorName, status, startTime,
                    endTime, url, live, outcome, message, stages == null ? new ArrayList<>() : stages, review,
                    artifacts == null ? new ArrayList<>() : artifacts, failure);
        }
        return this;
    }

    /** The page before anything was heard about the run. */
    static RunPageModel empty() {
        return new RunPageModel(0, 0, null, null, null, "", 0, 0, null, true, null, null, new ArrayList<>(), null,
                new ArrayList<>(), null);
    }

    /**
     * The page for {@code snapshot}. A snapshot made before the follow read any run detail (right after a restart) has
     * no tree; the previous page's tree is kept then.
     */
    static RunPageModel of(@NonNull RunSnapshot snapshot, @NonNull RunPageModel previous) {
        int runNumber = Math.max(snapshot.runNumber(), previous.runNumber);
        String status = snapshot.status().isEmpty() ? previous.status : snapshot.status();
        String url = safeUrl(snapshot.url()) != null ? safeUrl(snapshot.url()) : previous.url;
        if (snapshot.stages().isEmpty() && !previous.stages.isEmpty()) {
            return new RunPageModel(snapshot.version(), runNumber, previous.pipelineName, previous.triggerType,
                    previous.executorName, status, previous.startTime, previous.endTime, url, snapshot.live(),
                    snapshot.outcome(), snapshot.message(), previous.stages, snapshot.live() ? previous.review : null,
                    previous.artifacts, previous.failure);
        }
        ArrayList<StageModel> stages = new ArrayList<>();
        snapshot.stages().forEach(stage -> stages.add(StageModel.of(stage)));
        ArrayList<ArtifactModel> artifacts = new ArrayList<>();
        snapshot.artifacts().forEach(artifact -> artifacts.add(ArtifactModel.of(artifact)));
        return new RunPageModel(snapshot.version(), runNumber, snapshot.pipelineName(), snapshot.triggerType(),
                snapshot.executorName(), status, snapshot.startTime(), snapshot.endTime(), url, snapshot.live(),
                snapshot.outcome(), snapshot.message(), stages, ReviewModel.of(snapshot.review()), artifacts,
                FailureModel.of(snapshot.failure()));
    }

    /** The same page, no longer live: nobody follows the run any more. */
    RunPageModel ended(@CheckForNull String newOutcome, @CheckForNull String newMessage) {
        return new RunPageModel(version + 1, runNumber, pipelineName, triggerType, executorName, status, startTime,
                endTime, url, false, newOutcome == null ? outcome : newOutcome,
                newMessage == null ? message : newMessage, stages, null, artifacts, failure);
    }

    /** The same page with the run number and URL the follow's state gave (they may come before any detail). */
    RunPageModel withRunInfo(int number, @CheckForNull String runUrl) {
        String safe = safeUrl(runUrl);
        if ((number <= 0 || number == runNumber) && (safe == null || safe.equals(url))) {
            return this;
        }
        return new RunPageModel(version, number > 0 ? number : runNumber, pipelineName, triggerType, executorName,
                status, startTime, endTime, safe != null ? safe : url, live, outcome, message, stages, review,
                artifacts, failure);
    }

    /** An http(s) URL, never a script URL from a bad answer. */
    static @CheckForNull String safeUrl(@CheckForNull String value) {
        return value != null && (value.startsWith("https://") || value.startsWith("http://")) ? value : null;
    }

    /** The build-ball colour Jenkins shows for a CodeArts status; animated while the node is at work. */
    static BallColor ballOf(@CheckForNull String status, boolean live) {
        String s = status == null ? "" : status.toUpperCase(Locale.ROOT);
        BallColor color;
        if (s.equals("COMPLETED")) {
            return BallColor.BLUE;
        } else if (FAILED.contains(s)) {
            return BallColor.RED;
        } else if (s.equals("CANCELED")) {
            return BallColor.ABORTED;
        } else if (SKIPPED.contains(s)) {
            return BallColor.DISABLED;
        } else if (NOT_STARTED.contains(s)) {
            color = BallColor.NOTBUILT;
        } else {
            color = BallColor.NOTBUILT_ANIME; // RUNNING, PAUSED, SUSPEND: at work or waiting on a person
        }
        return live ? color : color.noAnime();
    }

    /** Human-readable duration in the viewer's language; a node still at work counts up to now. */
    static @CheckForNull String durationText(long start, long end, boolean live) {
        if (start <= 0) {
            return null;
        }
        long stop = end > 0 ? end : live ? System.currentTimeMillis() : 0;
        return stop >= start ? Util.getTimeSpanString(stop - start) : null;
    }

    /** An id usable in an HTML {@code id} attribute and URL fragment, from a CodeArts id. */
    static String anchorPart(@CheckForNull String id) {
        return id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A step's row on the run page ({@code #step-…}). */
    static String stepPageAnchor(@CheckForNull String stepId) {
        return "step-" + anchorPart(stepId);
    }

    @Exported
    public long getVersion() {
        return version;
    }

    @Exported
    public int getRunNumber() {
        return runNumber;
    }

    @Exported
    public @CheckForNull String getPipelineName() {
        return pipelineName;
    }

    @Exported
    public @CheckForNull String getTriggerType() {
        return triggerType;
    }

    @Exported
    public @CheckForNull String getExecutorName() {
        return executorName;
    }

    @Exported
    public String getStatus() {
        return status;
    }

    @Exported
    public long getStartTime() {
        return startTime;
    }

    @Exported
    public long getEndTime() {
        return endTime;
    }

    /** The run in CodeArts (http or https only). */
    @Exported
    public @CheckForNull String getUrl() {
        return url;
    }

    /** Whether a follow still watches the run, so the page keeps refreshing. */
    @Exported
    public boolean isLive() {
        return live;
    }

    @Exported
    public @CheckForNull String getOutcome() {
        return outcome;
    }

    @Exported
    public @CheckForNull String getMessage() {
        return message;
    }

    @Exported
    public List<StageModel> getStages() {
        return Collections.unmodifiableList(stages);
    }

    @Exported
    public @CheckForNull ReviewModel getReview() {
        return review;
    }

    @Exported
    public List<ArtifactModel> getArtifacts() {
        return Collections.unmodifiableList(artifacts);
    }

    @Exported
    public @CheckForNull FailureModel getFailure() {
        return failure;
    }

    /**
     * The run's status symbol: the follow's outcome when it ended with success or failure, otherwise the run's own
     * status (a run left going after a timeout or {@code wait: false} keeps a not-animated "in progress" symbol).
     */
    public BallColor getBall() {
        if ("SUCCESS".equals(outcome)) {
            return BallColor.BLUE;
        }
        if ("FAILURE".equals(outcome)) {
            return BallColor.RED;
        }
        return ballOf(status, live);
    }

    /** When the run started, for the page's date format; null when unknown. */
    public @CheckForNull Date getStartDate() {
        return startTime > 0 ? new Date(startTime) : null;
    }

    public @CheckForNull String getDurationText() {
        return durationText(startTime, endTime, live);
    }

    /** A stage with its entry steps, jobs (side by side) and exit steps. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public static final class StageModel extends NodeModel {
        private final ArrayList<StepModel> pre;
        private final ArrayList<JobModel> jobs;
        private final ArrayList<StepModel> post;

        StageModel(RunDetail.Stage stage) {
            super(stage.id(), stage.name(), stage.status(), stage.startTime(), stage.endTime());
            this.pre = StepModel.of(stage.pre());
            this.jobs = new ArrayList<>();
            stage.jobs().forEach(job -> jobs.add(new JobModel(job)));
            this.post = StepModel.of(stage.post());
        }

        static StageModel of(RunDetail.Stage stage) {
            return new StageModel(stage);
        }

        @Exported
        public List<StepModel> getPre() {
            return Collections.unmodifiableList(pre);
        }

        @Exported
        public List<JobModel> getJobs() {
            return Collections.unmodifiableList(jobs);
        }

        @Exported
        public List<StepModel> getPost() {
            return Collections.unmodifiableList(post);
        }
    }

    /** A job and its steps. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public static final class JobModel extends NodeModel {
        private final ArrayList<StepModel> steps;

        JobModel(RunDetail.Job job) {
            super(job.id(), job.name(), job.status(), job.startTime(), job.endTime());
            this.steps = StepModel.of(job.steps());
        }

        @Exported
        public List<StepModel> getSteps() {
            return Collections.unmodifiableList(steps);
        }
    }

    /** A step; its log in the console begins with a header whose anchor is {@link #getConsoleAnchor()}. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public static final class StepModel extends NodeModel {
        private final String task;
        private final String path;
        private final boolean review;

        StepModel(RunDetail.Step step) {
            super(step.id(), step.name(), step.status(), step.startTime(), step.endTime());
            this.task = step.task();
            this.path = step.path();
            this.review = step.isReview();
        }

        static ArrayList<StepModel> of(List<RunDetail.Step> steps) {
            ArrayList<StepModel> models = new ArrayList<>();
            steps.forEach(step -> models.add(new StepModel(step)));
            return models;
        }

        @Exported
        public @CheckForNull String getTask() {
            return task;
        }

        /** "stage › job › step", as the console names it. */
        @Exported
        public @CheckForNull String getPath() {
            return path;
        }

        @Exported
        public boolean isReview() {
            return review;
        }

        /** The step's row on the run page ({@code #step-…}). */
        public String getPageAnchor() {
            return stepPageAnchor(getId());
        }

        /** The step's log header in the console ({@code consoleFull#codearts-step-…}). */
        @Exported
        public String getConsoleAnchor() {
            return ConsoleLinks.consoleAnchor(getId());
        }
    }

    /** What stages, jobs and steps share. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public abstract static class NodeModel {
        private final String id;
        private final String name;
        private final String status;
        private final long startTime;
        private final long endTime;

        NodeModel(String id, String name, String status, long startTime, long endTime) {
            this.id = id;
            this.name = name;
            this.status = status == null ? "" : status;
            this.startTime = startTime;
            this.endTime = endTime;
        }

        @Exported
        public @CheckForNull String getId() {
            return id;
        }

        /** The name, or the id when CodeArts gave none. */
        @Exported
        public String getName() {
            return name == null || name.isBlank() ? String.valueOf(id) : name;
        }

        @Exported
        public String getStatus() {
            return status;
        }

        @Exported
        public long getStartTime() {
            return startTime;
        }

        @Exported
        public long getEndTime() {
            return endTime;
        }

        /** Started and not ended: the running step stands out on the page. */
        public boolean isActive() {
            return !NOT_STARTED.contains(status) && ballOf(status, true).isAnimated();
        }

        /** The status symbol; {@code live} is whether the run is still followed (no animation after the end). */
        public BallColor ball(boolean live) {
            return ballOf(status, live);
        }

        /** The duration text; {@code live} counts a node at work up to now. */
        public @CheckForNull String duration(boolean live) {
            return durationText(startTime, endTime, live);
        }
    }

    /** The manual review waiting on a person. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public static final class ReviewModel {
        private final String stageName;
        private final String jobName;
        private final String jobRunId;
        private final String stepRunId;
        private final String stepName;
        private final ArrayList<String> approvers;
        private final String timeout;
        private final long since;

        private ReviewModel(RunSnapshot.PendingReview review) {
            this.stageName = review.stageName();
            this.jobName = review.jobName();
            this.jobRunId = review.jobRunId();
            this.stepRunId = review.stepRunId();
            this.stepName = review.stepName();
            this.approvers = new ArrayList<>(review.approvers());
            this.timeout = review.timeout();
            this.since = review.since();
        }

        static @CheckForNull ReviewModel of(@CheckForNull RunSnapshot.PendingReview review) {
            return review == null ? null : new ReviewModel(review);
        }

        @Exported
        public @CheckForNull String getStageName() {
            return stageName;
        }

        @Exported
        public @CheckForNull String getJobName() {
            return jobName;
        }

        @Exported
        public String getJobRunId() {
            return jobRunId;
        }

        @Exported
        public String getStepRunId() {
            return stepRunId;
        }

        @Exported
        public @CheckForNull String getStepName() {
            return stepName;
        }

        /** Who may decide, as the review step's {@code approvers} input names them. */
        @Exported
        public List<String> getApprovers() {
            return Collections.unmodifiableList(approvers);
        }

        /** The review step's {@code timeout} input, as CodeArts gives it. */
        @Exported
        public @CheckForNull String getTimeout() {
            return timeout;
        }

        @Exported
        public long getSince() {
            return since;
        }

        /** How long it has waited, in the viewer's language. */
        public @CheckForNull String getWaitingText() {
            return durationText(since, 0, true);
        }
    }

    /** A package the run produced. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public static final class ArtifactModel {
        private final String name;
        private final String packageType;
        private final String version;
        private final String downloadUrl;

        private ArtifactModel(ArtifactInfo artifact) {
            this.name = artifact.name();
            this.packageType = artifact.packageType();
            this.version = artifact.version();
            this.downloadUrl = safeUrl(artifact.downloadUrl());
        }

        static ArtifactModel of(ArtifactInfo artifact) {
            return new ArtifactModel(artifact);
        }

        @Exported
        public @CheckForNull String getName() {
            return name;
        }

        @Exported
        public @CheckForNull String getPackageType() {
            return packageType;
        }

        @Exported
        public @CheckForNull String getVersion() {
            return version;
        }

        /** The download link (http or https only). */
        @Exported
        public @CheckForNull String getDownloadUrl() {
            return downloadUrl;
        }
    }

    /** The first failed step and the end of its log. */
    @ExportedBean(defaultVisibility = RunPageModel.NESTED)
    public static final class FailureModel {
        private final String stepId;
        private final String path;
        private final String status;
        private final ArrayList<String> lastLines;

        private FailureModel(RunSnapshot.Failure failure) {
            this.stepId = failure.stepId();
            this.path = failure.path();
            this.status = failure.status();
            this.lastLines = new ArrayList<>(failure.lastLines());
        }

        static @CheckForNull FailureModel of(@CheckForNull RunSnapshot.Failure failure) {
            return failure == null ? null : new FailureModel(failure);
        }

        @Exported
        public String getStepId() {
            return stepId;
        }

        @Exported
        public @CheckForNull String getPath() {
            return path;
        }

        @Exported
        public String getStatus() {
            return status;
        }

        @Exported
        public List<String> getLastLines() {
            return Collections.unmodifiableList(lastLines);
        }

        /** The failed step's log header in the console. */
        public String getConsoleAnchor() {
            return ConsoleLinks.consoleAnchor(stepId);
        }

        public String getPageAnchor() {
            return stepPageAnchor(stepId);
        }
    }
}
