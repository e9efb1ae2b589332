package io.jenkins.plugins.codearts.client;

/**
 * Observes the client's retry waits, e.g. so that a poller can log "throttled, waiting 5 s" or stretch its own
 * interval after the server sent {@code Retry-After}. Called on the calling thread just before it sleeps; must
 * return quickly and must not throw.
 */
@FunctionalInterface
public interface RetryListener {

    void onRetry(RetryEvent event);
}
