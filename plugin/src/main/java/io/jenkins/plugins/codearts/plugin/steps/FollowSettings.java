package io.jenkins.plugins.codearts.plugin.steps;

import io.jenkins.plugins.codearts.engine.FailureMode;
import java.io.Serializable;

/** The follow-related step options, kept with an execution so they apply again after a restart. */
public final class FollowSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Minutes; null for the global default, 0 for none. */
    public final Integer timeoutMinutes;
    public final boolean stopOnAbort;
    public final boolean logPrefix;
    public final FailureMode failureMode;

    public FollowSettings(Integer timeoutMinutes, boolean stopOnAbort, boolean logPrefix, FailureMode failureMode) {
        this.timeoutMinutes = timeoutMinutes;
        this.stopOnAbort = stopOnAbort;
        this.logPrefix = logPrefix;
        this.failureMode = failureMode;
    }
}
