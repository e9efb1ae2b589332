package io.jenkins.plugins.codearts.cli.progress;

/** Shows {@link ProgressEvent}s to the user. Implementations are thread-safe: events and ticks come from several threads. */
public interface ProgressRenderer {

    void accept(ProgressEvent event);

    /** Called about once a second so a live display can refresh the elapsed time; plain output ignores it. */
    void tick();
}
