package io.jenkins.plugins.codearts.resourcecheck;

import java.nio.file.Path;
import java.util.Comparator;

/** One finding: the file, the 1-based line (0 when the whole file is meant) and what is wrong. */
record Problem(Path file, int line, String message) {

    static final Comparator<Problem> BY_FILE_AND_LINE =
            Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line)
                    .thenComparing(Problem::message);

    /** {@code path:line: message}, the path relative to {@code base} with forward slashes. */
    String describe(Path base) {
        String shown = base.relativize(file).toString().replace('\\', '/');
        return shown + ":" + line + ": " + message;
    }
}
