package io.jenkins.plugins.codearts.cli.progress;

import java.util.Map;

/** {@code --progress=auto|tty|plain}. */
public enum ProgressMode {
    AUTO, TTY, PLAIN;

    /** Environment variables set by CI systems (GitHub Actions, GitLab, Jenkins, ...): no live display there. */
    private static final String[] CI_VARIABLES = {"CI", "JENKINS_URL", "BUILD_NUMBER", "GITHUB_ACTIONS", "GITLAB_CI",
        "TF_BUILD", "TEAMCITY_VERSION"};

    /**
     * The live display only when asked for, or on auto when a person is at a terminal: a console exists, no CI
     * variable is set, {@code TERM} is not "dumb", and {@code NO_COLOR} is not set.
     */
    public boolean useLiveDisplay(boolean consolePresent, Map<String, String> env) {
        return switch (this) {
            case TTY -> true;
            case PLAIN -> false;
            case AUTO -> consolePresent && !runningInCi(env) && !"dumb".equals(env.get("TERM"))
                    && env.get("NO_COLOR") == null;
        };
    }

    private static boolean runningInCi(Map<String, String> env) {
        for (String variable : CI_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank() && !"false".equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}
