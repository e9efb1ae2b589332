package io.jenkins.plugins.codearts.client;

/** Whether the client may send an operation again after a failure. */
public enum RetrySafety {
    /**
     * Reading, or a decision that has the same effect when made twice: retried on throttling (429, busy codes),
     * 502/503/504 and connection failures.
     */
    SAFE,
    /**
     * Creates or starts something (e.g. {@code runPipeline}): repeated only when the connection failed before the
     * request was sent, because a second copy could start a second run.
     */
    UNSAFE
}
