package io.jenkins.plugins.codearts.plugin;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeState;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeStatus;
import io.jenkins.plugins.codearts.engine.IdeFollow;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeTimeoutException;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * After a controller restart, keeps waiting for an IDE instance the step already created, without creating or
 * starting anything. The engine has no public "wait for an existing instance" entry point yet, so this is the one
 * place the plugin polls by itself; readiness and dead ends are the client's {@code IdeRuntimeStatus} rules.
 */
final class IdeResumeWait implements IdeFollow {

    private final CodeArtsClient client;
    private final ScheduledExecutorService scheduler;
    private final String instanceId;
    private final IdeWaitOptions wait;
    private final IdeListener listener;
    private final long deadline;
    private final CompletableFuture<IdeInstanceResult> result = new CompletableFuture<>();
    private volatile ScheduledFuture<?> next;
    private volatile String lastStatus;

    IdeResumeWait(CodeArtsClient client, ScheduledExecutorService scheduler, String instanceId, IdeWaitOptions wait,
            IdeListener listener, long startedAtMillis) {
        this.client = client;
        this.scheduler = scheduler;
        this.instanceId = instanceId;
        this.wait = wait;
        this.listener = listener;
        this.deadline = startedAtMillis + wait.timeout().toMillis();
    }

    IdeResumeWait begin() {
        next = scheduler.schedule(this::poll, 0, TimeUnit.MILLISECONDS);
        return this;
    }

    private synchronized void poll() {
        if (result.isDone()) {
            return;
        }
        try {
            IdeRuntimeState state = client.ide().instances().showIdeInstanceStatus(instanceId);
            IdeRuntimeStatus runtime = state.status() == null ? IdeRuntimeStatus.UNKNOWN : state.status();
            String status = runtime.name();
            if (!status.equals(lastStatus)) {
                lastStatus = status;
                listener.onStatus(instanceId, status);
                listener.onLine("IDE instance " + instanceId + " is " + status);
            }
            if (runtime.isReady()) {
                result.complete(new IdeInstanceResult(instanceId, null, status, state.serverUrl(), true));
                return;
            }
            if (runtime.isEnd()) {
                result.completeExceptionally(new hudson.AbortException(
                        Messages.CreateIdeInstanceStep_gone(instanceId, status)));
                return;
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        if (System.currentTimeMillis() >= deadline) {
            result.completeExceptionally(new IdeTimeoutException(Messages.CreateIdeInstanceStep_timeout(instanceId,
                    wait.timeout().toMinutes(), lastStatus), new IdeInstanceResult(instanceId, null, lastStatus, null,
                    false)));
            return;
        }
        next = scheduler.schedule(this::poll, wait.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<IdeInstanceResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
        result.cancel(false);
    }
}
