package io.jenkins.plugins.codearts.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Collects everything a follow reports, for assertions; thread-safe. */
class RecordingListener implements FollowListener {

    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<FollowEvent> events = new CopyOnWriteArrayList<>();
    final List<FollowState> states = new CopyOnWriteArrayList<>();
    private final List<Waiter> waiters = new CopyOnWriteArrayList<>();

    private record Waiter(Predicate<FollowEvent> condition, CompletableFuture<FollowEvent> future) {
    }

    @Override
    public void onLine(String line) {
        lines.add(line);
    }

    @Override
    public void onEvent(FollowEvent event) {
        events.add(event);
        for (Waiter waiter : waiters) {
            if (!waiter.future.isDone() && waiter.condition.test(event)) {
                waiter.future.complete(event);
            }
        }
    }

    @Override
    public void onStateChanged(FollowState state) {
        states.add(state);
    }

    /** Completes with the first event (already seen or future) matching the condition. */
    CompletableFuture<FollowEvent> when(Predicate<FollowEvent> condition) {
        CompletableFuture<FollowEvent> future = new CompletableFuture<>();
        waiters.add(new Waiter(condition, future));
        for (FollowEvent event : events) {
            if (condition.test(event)) {
                future.complete(event);
            }
        }
        return future;
    }

    CompletableFuture<FollowEvent> when(FollowEvent.Type type) {
        return when(event -> event.type() == type);
    }

    List<FollowEvent> events(FollowEvent.Type type) {
        return events.stream().filter(event -> event.type() == type).toList();
    }
}
