package io.jenkins.plugins.codearts.emulator.time;

import java.time.Instant;

/**
 * Simulated time. Every timestamp the emulator reports and every simulated delay (step durations, review timeouts,
 * IDE transitions, token expiry) is measured on this clock; state advances lazily whenever it is read.
 */
public interface EmulatorClock {

    /** Current simulated time, epoch milliseconds. */
    long millis();

    default Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    /** Wall-clock time. */
    static EmulatorClock real() {
        return RealClock.INSTANCE;
    }

    /** Starts at the current wall-clock time and runs {@code speed} times faster (speed 10 = ten simulated seconds per second). */
    static EmulatorClock scaled(double speed) {
        return new ScaledClock(speed);
    }

    /** A clock that moves only when told to, for unit tests. */
    static ManualClock manual() {
        return new ManualClock(System.currentTimeMillis());
    }

    /** Wall-clock time, with a readable name in banners and the admin API. */
    final class RealClock implements EmulatorClock {
        static final RealClock INSTANCE = new RealClock();

        private RealClock() {
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public String toString() {
            return "RealClock";
        }
    }
}
