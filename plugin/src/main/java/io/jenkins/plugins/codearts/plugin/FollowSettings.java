package io.jenkins.plugins.codearts.plugin;

import io.jenkins.plugins.codearts.engine.FailureMode;
import java.io.Serializable;

/** The follow-related step options, kept with an execution so they apply again after a restart. */
final class FollowSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Minutes; null for the global default, 0 for none. */
    final Integer timeoutMinutes;
    final boolean stopOnAbort;
    final boolean logPrefix;
    final FailureMode failureMode;

    FollowSettings(Integer timeoutMinutes, boolean stopOnAbort, boolean logPrefix, FailureMode failureMode) {
        this.timeoutMinutes = timeoutMinutes;
        this.stopOnAbort = stopOnAbort;
        this.logPrefix = logPrefix;
        this.failureMode = failureMode;
    }
}
