package io.jenkins.plugins.codearts.plugin;

import hudson.model.Run;
import java.time.Duration;
import java.util.function.Supplier;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The one way plugin tests wait for Jenkins or the emulator: polls a probe every 100 ms until it answers, and fails
 * with a message naming what was awaited (and, when given, what was seen so far) once the timeout passes.
 */
public final class Await {

    /** Long enough for a loaded CI machine; a passing test returns as soon as the probe answers. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    /** A check that answers null or {@code false} while the awaited thing has not happened yet. */
    @FunctionalInterface
    public interface Probe<T> {
        T poll() throws Exception;
    }

    private Await() {
    }

    /** Waits until {@code probe} answers (not null, not {@code false}) and returns the answer. */
    public static <T> T until(String what, Probe<T> probe) throws Exception {
        return until(what, probe, () -> "");
    }

    /**
     * As {@link #until(String, Probe)}; a timeout's message ends with {@code seenSoFar}, e.g. the build log. The probe
     * may throw an {@link AssertionError} itself to stop waiting early (e.g. the build ended).
     */
    public static <T> T until(String what, Probe<T> probe, Supplier<String> seenSoFar) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            T answer = probe.poll();
            if (answer != null && !Boolean.FALSE.equals(answer)) {
                return answer;
            }
            if (System.nanoTime() - deadline >= 0) {
                String seen = seenSoFar.get();
                throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what
                        + (seen == null || seen.isEmpty() ? "" : "; seen so far:\n" + seen));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The build's log so far, for a timeout's message ({@code () -> Await.logOf(build)}). */
    public static String logOf(Run<?, ?> build) {
        try {
            return JenkinsRule.getLog(build);
        } catch (Exception e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
