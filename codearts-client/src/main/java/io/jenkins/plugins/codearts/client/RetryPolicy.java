package io.jenkins.plugins.codearts.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long the client waits before sending a failed request again. Immutable; build with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * <p>Delay of retry {@code n} (1-based): {@code min(maxDelay, initialDelay * multiplier^(n-1))}, of which the last
 * {@code jitter} fraction is random (so with jitter 0.5 the wait lies between half and all of it). A
 * {@code Retry-After} from the server replaces the computed delay, up to {@link #maxRetryAfter()}. Only operations
 * marked {@link RetrySafety#SAFE} are retried after the request may have reached the server.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final Duration maxTotalWait;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.multiplier = builder.multiplier;
        this.jitter = builder.jitter;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.maxTotalWait = builder.maxTotalWait;
    }

    /** 4 attempts, 300 ms doubling up to 30 s with 50 % jitter, Retry-After honoured up to 2 min, 3 min in total. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** Never retries. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.maxAttempts = maxAttempts;
        builder.initialDelay = initialDelay;
        builder.maxDelay = maxDelay;
        builder.multiplier = multiplier;
        builder.jitter = jitter;
        builder.maxRetryAfter = maxRetryAfter;
        builder.maxTotalWait = maxTotalWait;
        return builder;
    }

    /** Total attempts including the first; 1 means no retry. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialDelay() {
        return initialDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    public double multiplier() {
        return multiplier;
    }

    public double jitter() {
        return jitter;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** The sum of all waits of one call; once the next wait would exceed it, the error is thrown instead. */
    public Duration maxTotalWait() {
        return maxTotalWait;
    }

    /**
     * The wait before retry number {@code retry} (1 = first retry).
     *
     * @param retryAfter the server's Retry-After, or null
     */
    public Duration delayBeforeRetry(int retry, Duration retryAfter) {
        if (retryAfter != null) {
            Duration wait = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
            return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
        }
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double randomPart = capped * jitter * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(capped * (1 - jitter) + randomPart));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", multiplier=" + multiplier + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter
                + ", maxTotalWait=" + maxTotalWait + "]";
    }

    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialDelay = Duration.ofMillis(300);
        private Duration maxDelay = Duration.ofSeconds(30);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private Duration maxTotalWait = Duration.ofMinutes(3);

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new CodeArtsInvalidArgumentException("retry maxAttempts", String.valueOf(maxAttempts),
                        "must be at least 1 (1 disables retries)");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = nonNegative("retry initialDelay", initialDelay);
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative("retry maxDelay", maxDelay);
            return this;
        }

        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new CodeArtsInvalidArgumentException("retry multiplier", String.valueOf(multiplier),
                        "must be a finite number of at least 1.0");
            }
            this.multiplier = multiplier;
            return this;
        }

        /** Fraction of each delay that is random, 0 (none) to 1 (full jitter). */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0.0 && jitter <= 1.0)) {
                throw new CodeArtsInvalidArgumentException("retry jitter", String.valueOf(jitter),
                        "must be between 0.0 and 1.0");
            }
            this.jitter = jitter;
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative("retry maxRetryAfter", maxRetryAfter);
            return this;
        }

        public Builder maxTotalWait(Duration maxTotalWait) {
            this.maxTotalWait = nonNegative("retry maxTotalWait", maxTotalWait);
            return this;
        }

        public RetryPolicy build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new CodeArtsInvalidArgumentException("retry maxDelay", maxDelay.toString(),
                        "must not be shorter than initialDelay " + initialDelay);
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(String field, Duration value) {
            Objects.requireNonNull(value, field);
            if (value.isNegative()) {
                throw new CodeArtsInvalidArgumentException(field, value.toString(), "must not be negative");
            }
            return value;
        }
    }
}
