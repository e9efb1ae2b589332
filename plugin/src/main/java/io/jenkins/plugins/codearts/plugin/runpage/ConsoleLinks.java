package io.jenkins.plugins.codearts.plugin.runpage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.console.HyperlinkNote;
import hudson.model.Run;
import io.jenkins.plugins.codearts.engine.LogSource;

/**
 * The links a follow writes into the build's console: the run in CodeArts and its run page, and a header opening each
 * step's log that links to the step on the run page and is the anchor the page links back to.
 */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    /** The console anchor of a step's log header ({@code consoleFull#codearts-step-…}). */
    public static String consoleAnchor(@CheckForNull String stepId) {
        return "codearts-step-" + RunPageModel.anchorPart(stepId);
    }

    /** Where the run page of {@code action} is, inside Jenkins (starts with {@code /}). */
    static String runPagePath(Run<?, ?> build, CodeArtsRunAction action) {
        return "/" + build.getUrl() + action.getUrlName() + "/";
    }

    /** One line with the run in CodeArts and its run page in Jenkins as links. */
    static String runLinksLine(Run<?, ?> build, CodeArtsRunAction action, @CheckForNull String codeArtsUrl) {
        String page = HyperlinkNote.encodeTo(runPagePath(build, action), Messages.ConsoleLinks_runPage());
        String safe = RunPageModel.safeUrl(codeArtsUrl);
        if (safe == null) {
            return Messages.ConsoleLinks_runLineWithoutUrl(action.getDisplayName(), page);
        }
        return Messages.ConsoleLinks_runLine(action.getDisplayName(), HyperlinkNote.encodeTo(safe, safe), page);
    }

    /** The header line that opens the log of {@code source}'s step. */
    static String stepHeader(Run<?, ?> build, CodeArtsRunAction action, LogSource source) {
        String anchor = consoleAnchor(source.stepId());
        String url = runPagePath(build, action) + "#" + RunPageModel.stepPageAnchor(source.stepId());
        return StepHeaderNote.encodeTo(url, anchor, Messages.ConsoleLinks_stepHeader(source.path()));
    }
}
