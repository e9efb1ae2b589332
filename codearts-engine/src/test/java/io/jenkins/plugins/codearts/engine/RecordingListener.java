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

    /**
     * Waits for a matching event, but fails at once with the follow's own error when the follow ends first (so a broken
     * follow does not look like a slow one).
     */
    FollowEvent await(RunFollow follow, Predicate<FollowEvent> condition, long seconds) throws Exception {
        CompletableFuture<FollowEvent> event = when(condition);
        CompletableFuture.anyOf(event, follow.result()).get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        if (!event.isDone()) {
            follow.result().join(); // throws the follow's error, if any
            event.complete(null);
            throw new AssertionError("the follow ended without the awaited event: " + follow.result().join());
        }
        return event.join();
    }

    FollowEvent await(RunFollow follow, FollowEvent.Type type, long seconds) throws Exception {
        return await(follow, e -> e.type() == type, seconds);
    }

    CompletableFuture<FollowEvent> when(FollowEvent.Type type) {
        return when(event -> event.type() == type);
    }

    List<FollowEvent> events(FollowEvent.Type type) {
        return events.stream().filter(event -> event.type() == type).toList();
    }
}
