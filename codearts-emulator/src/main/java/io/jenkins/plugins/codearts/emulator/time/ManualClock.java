package io.jenkins.plugins.codearts.emulator.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock moved only by {@link #advance(Duration)} or {@link #set(long)}; time never goes backwards. */
public final class ManualClock implements EmulatorClock {

    private final AtomicLong now;

    public ManualClock(long startMillis) {
        this.now = new AtomicLong(startMillis);
    }

    @Override
    public long millis() {
        return now.get();
    }

    public ManualClock advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time cannot go backwards, duration was " + duration);
        }
        now.addAndGet(duration.toMillis());
        return this;
    }

    public ManualClock set(long epochMillis) {
        now.updateAndGet(current -> {
            if (epochMillis < current) {
                throw new IllegalArgumentException("time cannot go backwards: " + epochMillis + " < " + current);
            }
            return epochMillis;
        });
        return this;
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + "]";
    }
}
