package io.jenkins.plugins.codearts.emulator;

import java.time.Duration;

/**
 * Behaviour knobs of a running emulator. Set through the builder; most can also be changed at run time through
 * {@code PUT /_emulator/settings}. Durations are simulated time unless noted.
 */
public final class EmulatorSettings {

    /** What a run beyond a concurrency limit gets. */
    public enum ConcurrencyMode {
        /** The run is created and queued; the answer is HTTP 200 with DEVPIPE.00011169/00011170 and pipeline_run_id. */
        QUEUE,
        /** No run is created; the answer is HTTP 200 with DEVPIPE.00011104/00011105. */
        REJECT
    }

    /** What happens to a manual review nobody decides in time. */
    public enum ReviewTimeoutOutcome { PASS, REFUSE }

    /** How a job waiting on a manual review shows: PAUSED or SUSPEND (undocumented; both occur in the facts). */
    public enum ReviewWaitJobStatus { PAUSED, SUSPEND }

    /** How the run and its stage show while only manual reviews are pending: RUNNING, PAUSED or SUSPEND. */
    public enum ReviewWaitRunStatus { RUNNING, PAUSED, SUSPEND }

    volatile ReviewWaitJobStatus reviewWaitJobStatus = ReviewWaitJobStatus.PAUSED;
    volatile ReviewWaitRunStatus reviewWaitRunStatus = ReviewWaitRunStatus.RUNNING;
    volatile int maxConcurrentRunsPerPipeline = 2;
    volatile int maxConcurrentRunsPerTenant = 10;
    volatile ConcurrencyMode concurrencyMode = ConcurrencyMode.QUEUE;
    volatile Duration reviewTimeout = Duration.ofHours(1);
    volatile ReviewTimeoutOutcome reviewTimeoutOutcome = ReviewTimeoutOutcome.REFUSE;
    volatile Duration jobQueueTime = Duration.ofSeconds(2);
    volatile Duration ideStartDelay = Duration.ofSeconds(20);
    volatile Duration ideStopDelay = Duration.ofSeconds(8);
    volatile Duration ideDeleteDelay = Duration.ofSeconds(5);
    volatile int maxSignatureFailures = 5;
    volatile Duration akLockDuration = Duration.ofMinutes(5);
    /** Real time: clients sign with their wall clock. */
    volatile Duration allowedClockSkew = Duration.ofMinutes(15);
    volatile Duration tokenLifetime = Duration.ofHours(24);

    public ReviewWaitJobStatus reviewWaitJobStatus() {
        return reviewWaitJobStatus;
    }

    public ReviewWaitRunStatus reviewWaitRunStatus() {
        return reviewWaitRunStatus;
    }

    public EmulatorSettings reviewWaitJobStatus(ReviewWaitJobStatus status) {
        this.reviewWaitJobStatus = java.util.Objects.requireNonNull(status, "reviewWaitJobStatus");
        return this;
    }

    public EmulatorSettings reviewWaitRunStatus(ReviewWaitRunStatus status) {
        this.reviewWaitRunStatus = java.util.Objects.requireNonNull(status, "reviewWaitRunStatus");
        return this;
    }

    public int maxConcurrentRunsPerPipeline() {
        return maxConcurrentRunsPerPipeline;
    }

    public int maxConcurrentRunsPerTenant() {
        return maxConcurrentRunsPerTenant;
    }

    public ConcurrencyMode concurrencyMode() {
        return concurrencyMode;
    }

    public Duration reviewTimeout() {
        return reviewTimeout;
    }

    public ReviewTimeoutOutcome reviewTimeoutOutcome() {
        return reviewTimeoutOutcome;
    }

    /** How long a job shows QUEUED (waiting for an agent) before RUNNING. */
    public Duration jobQueueTime() {
        return jobQueueTime;
    }

    public Duration ideStartDelay() {
        return ideStartDelay;
    }

    public Duration ideStopDelay() {
        return ideStopDelay;
    }

    public Duration ideDeleteDelay() {
        return ideDeleteDelay;
    }

    public int maxSignatureFailures() {
        return maxSignatureFailures;
    }

    public Duration akLockDuration() {
        return akLockDuration;
    }

    public Duration allowedClockSkew() {
        return allowedClockSkew;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public EmulatorSettings maxConcurrentRunsPerPipeline(int limit) {
        this.maxConcurrentRunsPerPipeline = positive("maxConcurrentRunsPerPipeline", limit);
        return this;
    }

    public EmulatorSettings maxConcurrentRunsPerTenant(int limit) {
        this.maxConcurrentRunsPerTenant = positive("maxConcurrentRunsPerTenant", limit);
        return this;
    }

    public EmulatorSettings concurrencyMode(ConcurrencyMode mode) {
        this.concurrencyMode = java.util.Objects.requireNonNull(mode, "concurrencyMode");
        return this;
    }

    public EmulatorSettings reviewTimeout(Duration timeout) {
        this.reviewTimeout = nonNegative("reviewTimeout", timeout);
        return this;
    }

    public EmulatorSettings reviewTimeoutOutcome(ReviewTimeoutOutcome outcome) {
        this.reviewTimeoutOutcome = java.util.Objects.requireNonNull(outcome, "reviewTimeoutOutcome");
        return this;
    }

    public EmulatorSettings jobQueueTime(Duration time) {
        this.jobQueueTime = nonNegative("jobQueueTime", time);
        return this;
    }

    public EmulatorSettings ideStartDelay(Duration delay) {
        this.ideStartDelay = nonNegative("ideStartDelay", delay);
        return this;
    }

    public EmulatorSettings ideStopDelay(Duration delay) {
        this.ideStopDelay = nonNegative("ideStopDelay", delay);
        return this;
    }

    public EmulatorSettings ideDeleteDelay(Duration delay) {
        this.ideDeleteDelay = nonNegative("ideDeleteDelay", delay);
        return this;
    }

    public EmulatorSettings maxSignatureFailures(int failures) {
        this.maxSignatureFailures = positive("maxSignatureFailures", failures);
        return this;
    }

    public EmulatorSettings akLockDuration(Duration duration) {
        this.akLockDuration = nonNegative("akLockDuration", duration);
        return this;
    }

    public EmulatorSettings allowedClockSkew(Duration skew) {
        this.allowedClockSkew = nonNegative("allowedClockSkew", skew);
        return this;
    }

    public EmulatorSettings tokenLifetime(Duration lifetime) {
        this.tokenLifetime = nonNegative("tokenLifetime", lifetime);
        return this;
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    private static Duration nonNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a non-negative duration, was " + value);
        }
        return value;
    }
}
