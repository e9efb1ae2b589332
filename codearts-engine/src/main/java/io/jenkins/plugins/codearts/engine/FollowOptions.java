package io.jenkins.plugins.codearts.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How to follow a run. Immutable; build with {@link #builder()}, adjust with {@link #toBuilder()}. Defaults suit a
 * Jenkins build: logs streamed without prefix, no overall timeout, the remote run stopped on cancel and on timeout,
 * polling between 1.8 s (logs flowing) and 15 s (waiting on a review), a 64 MiB log cap per run.
 */
public final class FollowOptions {

    private final boolean streamLogs;
    private final boolean prefixLines;
    private final int maxLineChars;
    private final long maxLogBytes;
    private final int logPageLines;
    private final int maxLogPageLines;
    private final Duration timeout;
    private final boolean stopOnTimeout;
    private final boolean stopOnCancel;
    private final Duration stopWait;
    private final Duration fastPoll;
    private final Duration idlePoll;
    private final Duration queuedPoll;
    private final Duration reviewPoll;
    private final Duration detailRefresh;
    private final Duration minPoll;
    private final double jitter;
    private final Duration warningInterval;
    private final String reviewHint;
    private final String region;
    private final Duration unreachableTimeout;
    private final Duration unreadableLogTimeout;
    private final boolean labelInterleavedLogs;

    private FollowOptions(Builder b) {
        this.streamLogs = b.streamLogs;
        this.prefixLines = b.prefixLines;
        this.maxLineChars = b.maxLineChars;
        this.maxLogBytes = b.maxLogBytes;
        this.logPageLines = b.logPageLines;
        this.maxLogPageLines = b.maxLogPageLines;
        this.timeout = b.timeout;
        this.stopOnTimeout = b.stopOnTimeout;
        this.stopOnCancel = b.stopOnCancel;
        this.stopWait = b.stopWait;
        this.fastPoll = b.fastPoll;
        this.idlePoll = b.idlePoll;
        this.queuedPoll = b.queuedPoll;
        this.reviewPoll = b.reviewPoll;
        this.detailRefresh = b.detailRefresh;
        this.minPoll = b.minPoll;
        this.jitter = b.jitter;
        this.warningInterval = b.warningInterval;
        this.reviewHint = b.reviewHint;
        this.region = b.region;
        this.unreachableTimeout = b.unreachableTimeout;
        this.unreadableLogTimeout = b.unreadableLogTimeout;
        this.labelInterleavedLogs = b.labelInterleavedLogs;
    }

    public static FollowOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamLogs = streamLogs;
        b.prefixLines = prefixLines;
        b.maxLineChars = maxLineChars;
        b.maxLogBytes = maxLogBytes;
        b.logPageLines = logPageLines;
        b.maxLogPageLines = maxLogPageLines;
        b.timeout = timeout;
        b.stopOnTimeout = stopOnTimeout;
        b.stopOnCancel = stopOnCancel;
        b.stopWait = stopWait;
        b.fastPoll = fastPoll;
        b.idlePoll = idlePoll;
        b.queuedPoll = queuedPoll;
        b.reviewPoll = reviewPoll;
        b.detailRefresh = detailRefresh;
        b.minPoll = minPoll;
        b.jitter = jitter;
        b.warningInterval = warningInterval;
        b.reviewHint = reviewHint;
        b.region = region;
        b.unreachableTimeout = unreachableTimeout;
        b.unreadableLogTimeout = unreadableLogTimeout;
        b.labelInterleavedLogs = labelInterleavedLogs;
        return b;
    }

    /** Whether step logs are streamed at all (status lines are always sent). */
    public boolean streamLogs() {
        return streamLogs;
    }

    /** Whether each log line starts with {@code [stage › job › step] }. */
    public boolean prefixLines() {
        return prefixLines;
    }

    /** Longer lines are split into several lines of at most this many characters. */
    public int maxLineChars() {
        return maxLineChars;
    }

    /** Log bytes (UTF-8, per run) after which one truncation line with the log's URL replaces the rest. */
    public long maxLogBytes() {
        return maxLogBytes;
    }

    /** {@code limit} sent with each logs request (lines per page). */
    public int logPageLines() {
        return logPageLines;
    }

    /**
     * Largest {@code limit} used while catching up: when a page says {@code has_more}, the next request asks for four
     * times as many lines, up to this; once caught up, requests go back to {@link #logPageLines()}. If CodeArts rejects
     * a larger limit (HTTP 400), the follow stays at {@link #logPageLines()}.
     */
    public int maxLogPageLines() {
        return maxLogPageLines;
    }

    /** Overall timeout, or null for none. */
    public Duration timeout() {
        return timeout;
    }

    public boolean stopOnTimeout() {
        return stopOnTimeout;
    }

    public boolean stopOnCancel() {
        return stopOnCancel;
    }

    /** How long to wait for CANCELED after asking CodeArts to stop the run. */
    public Duration stopWait() {
        return stopWait;
    }

    /** Poll interval while log text keeps arriving. */
    public Duration fastPoll() {
        return fastPoll;
    }

    /** Longest poll interval while steps run but print nothing (the interval grows from fastPoll up to this). */
    public Duration idlePoll() {
        return idlePoll;
    }

    /** Poll interval while the run is queued or initialising. */
    public Duration queuedPoll() {
        return queuedPoll;
    }

    /** Poll interval while the run only waits on a manual review. */
    public Duration reviewPoll() {
        return reviewPoll;
    }

    /** Longest time without a fresh run detail while logs flow (status changes are noticed at least this often). */
    public Duration detailRefresh() {
        return detailRefresh;
    }

    /** No poll is ever scheduled sooner than this (apart from paging through a backlog). */
    public Duration minPoll() {
        return minPoll;
    }

    /** Random spread applied to every interval, as a fraction (0.1 = ±10 %), so many follows do not poll in step. */
    public double jitter() {
        return jitter;
    }

    /** At most one "polling failed" warning line per this interval. */
    public Duration warningInterval() {
        return warningInterval;
    }

    /**
     * Extra text for the review-pending line telling how to approve from this front end, with placeholders
     * {@code {projectId} {pipelineId} {runId} {jobRunId} {stepRunId}}; null for none.
     */
    public String reviewHint() {
        return reviewHint;
    }

    /** Region used for the fallback run URL when the API returns no {@code detail_url}; null to leave it out. */
    public String region() {
        return region;
    }

    /**
     * How long a follow that has never once had an answer from CodeArts (every call failed to connect) keeps trying
     * before it fails, saying what it tried (default 2 min). Does not apply after runPipeline answered or to a resumed
     * follow, whose run was seen before.
     */
    public Duration unreachableTimeout() {
        return unreachableTimeout;
    }

    /**
     * How long a step's log, or the detail of a run already seen, may keep failing ("not found", rejected, or the
     * service failing) after the step is over before the engine gives up (default 2 min, at least 5 attempts). A step
     * given up on is listed in {@link RunResult#incompleteLogSteps()}; a detail given up on ends the follow.
     */
    public Duration unreadableLogTimeout() {
        return unreadableLogTimeout;
    }

    /**
     * Without {@link #prefixLines()}: whether a line {@code » stage › job › step} is printed when the log lines that
     * follow belong to another step than the line just before (parallel jobs interleave). Default true.
     */
    public boolean labelInterleavedLogs() {
        return labelInterleavedLogs;
    }

    /** Builder with validated setters; every error names the setting, the value and what is accepted. */
    public static final class Builder {
        private boolean streamLogs = true;
        private boolean prefixLines;
        private int maxLineChars = 4096;
        private long maxLogBytes = 64L * 1024 * 1024;
        private int logPageLines = 1000;
        private int maxLogPageLines = 10_000;
        private Duration timeout;
        private boolean stopOnTimeout = true;
        private boolean stopOnCancel = true;
        private Duration stopWait = Duration.ofSeconds(30);
        private Duration fastPoll = Duration.ofMillis(1800);
        private Duration idlePoll = Duration.ofSeconds(5);
        private Duration queuedPoll = Duration.ofSeconds(10);
        private Duration reviewPoll = Duration.ofSeconds(15);
        private Duration detailRefresh = Duration.ofSeconds(20);
        private Duration minPoll = Duration.ofMillis(100);
        private double jitter = 0.1;
        private Duration warningInterval = Duration.ofMinutes(1);
        private String reviewHint;
        private String region;
        private Duration unreachableTimeout = Duration.ofMinutes(2);
        private Duration unreadableLogTimeout = Duration.ofMinutes(2);
        private boolean labelInterleavedLogs = true;

        private Builder() {
        }

        public Builder streamLogs(boolean value) {
            this.streamLogs = value;
            return this;
        }

        public Builder prefixLines(boolean value) {
            this.prefixLines = value;
            return this;
        }

        public Builder maxLineChars(int value) {
            if (value < 16) {
                throw new IllegalArgumentException("maxLineChars is " + value + "; use at least 16 (default 4096)");
            }
            this.maxLineChars = value;
            return this;
        }

        /** Use {@link Long#MAX_VALUE} for no cap. */
        public Builder maxLogBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxLogBytes is " + value
                        + "; use a positive byte count (default 67108864) or Long.MAX_VALUE for no cap");
            }
            this.maxLogBytes = value;
            return this;
        }

        public Builder logPageLines(int value) {
            if (value < 1 || value > 100_000) {
                throw new IllegalArgumentException("logPageLines is " + value + "; use 1..100000 (default 1000)");
            }
            this.logPageLines = value;
            return this;
        }

        public Builder maxLogPageLines(int value) {
            if (value < 1 || value > 100_000) {
                throw new IllegalArgumentException("maxLogPageLines is " + value + "; use 1..100000 (default 10000)");
            }
            this.maxLogPageLines = value;
            return this;
        }

        /** Overall timeout; null for none. */
        public Builder timeout(Duration value) {
            this.timeout = value == null ? null : ArgumentChecks.requirePositive("timeout", value);
            return this;
        }

        public Builder stopOnTimeout(boolean value) {
            this.stopOnTimeout = value;
            return this;
        }

        public Builder stopOnCancel(boolean value) {
            this.stopOnCancel = value;
            return this;
        }

        public Builder stopWait(Duration value) {
            this.stopWait = ArgumentChecks.requireNotNegative("stopWait", value);
            return this;
        }

        public Builder fastPoll(Duration value) {
            this.fastPoll = ArgumentChecks.requirePositive("fastPoll", value);
            return this;
        }

        public Builder idlePoll(Duration value) {
            this.idlePoll = ArgumentChecks.requirePositive("idlePoll", value);
            return this;
        }

        public Builder queuedPoll(Duration value) {
            this.queuedPoll = ArgumentChecks.requirePositive("queuedPoll", value);
            return this;
        }

        public Builder reviewPoll(Duration value) {
            this.reviewPoll = ArgumentChecks.requirePositive("reviewPoll", value);
            return this;
        }

        public Builder detailRefresh(Duration value) {
            this.detailRefresh = ArgumentChecks.requirePositive("detailRefresh", value);
            return this;
        }

        public Builder minPoll(Duration value) {
            this.minPoll = ArgumentChecks.requireNotNegative("minPoll", value);
            return this;
        }

        /**
         * Scales every poll interval, and {@link #unreadableLogTimeout(Duration)}, by {@code 1/factor}: handy with an
         * emulator running {@code factor} times faster.
         */
        public Builder pollSpeedup(double factor) {
            if (!(factor >= 1 && factor <= 1000)) {
                throw new IllegalArgumentException("pollSpeedup is " + factor + "; use 1..1000");
            }
            fastPoll = scale(fastPoll, factor);
            idlePoll = scale(idlePoll, factor);
            queuedPoll = scale(queuedPoll, factor);
            reviewPoll = scale(reviewPoll, factor);
            detailRefresh = scale(detailRefresh, factor);
            minPoll = scale(minPoll, factor);
            unreadableLogTimeout = scale(unreadableLogTimeout, factor);
            return this;
        }

        private static Duration scale(Duration d, double factor) {
            return Duration.ofNanos(Math.max(1_000_000L, (long) (d.toNanos() / factor)));
        }

        public Builder jitter(double value) {
            if (!(value >= 0 && value <= 0.5)) {
                throw new IllegalArgumentException("jitter is " + value + "; use a fraction from 0 to 0.5 (default 0.1)");
            }
            this.jitter = value;
            return this;
        }

        public Builder warningInterval(Duration value) {
            this.warningInterval = ArgumentChecks.requireNotNegative("warningInterval", value);
            return this;
        }

        public Builder reviewHint(String value) {
            this.reviewHint = value;
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder unreachableTimeout(Duration value) {
            this.unreachableTimeout = ArgumentChecks.requireNotNegative("unreachableTimeout", value);
            return this;
        }

        public Builder unreadableLogTimeout(Duration value) {
            this.unreadableLogTimeout = ArgumentChecks.requireNotNegative("unreadableLogTimeout", value);
            return this;
        }

        public Builder labelInterleavedLogs(boolean value) {
            this.labelInterleavedLogs = value;
            return this;
        }

        public FollowOptions build() {
            if (idlePoll.compareTo(fastPoll) < 0) {
                throw new IllegalArgumentException("idlePoll (" + idlePoll + ") is shorter than fastPoll (" + fastPoll
                        + "); make idlePoll at least fastPoll");
            }
            if (maxLogPageLines < logPageLines) {
                maxLogPageLines = logPageLines; // a larger base page size simply disables growth
            }
            Objects.requireNonNull(stopWait);
            return new FollowOptions(this);
        }
    }
}
