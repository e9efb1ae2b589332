package io.jenkins.plugins.codearts.plugin.runpage;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.console.HyperlinkNote;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The header line that opens a CodeArts step's log in the console: a link to the step on the run page, carrying the
 * anchor ({@code id}) the run page links back to.
 */
public final class StepHeaderNote extends HyperlinkNote {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(StepHeaderNote.class.getName());

    private final String anchor;

    StepHeaderNote(String url, int length, String anchor) {
        super(url, length);
        this.anchor = anchor;
    }

    @Override
    protected String extraAttributes() {
        return " id='" + Util.escape(anchor) + "'";
    }

    /**
     * {@code text} as a console line linking to {@code url} (a path starting with {@code /} is taken inside Jenkins)
     * with the anchor {@code anchor}.
     */
    static String encodeTo(String url, String anchor, String text) {
        String line = text.replace('\n', ' ');
        try {
            return new StepHeaderNote(url, line.length(), anchor).encode() + line;
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not encode the step header link", e);
            return line;
        }
    }

    @Extension
    public static final class DescriptorImpl extends HyperlinkNote.DescriptorImpl {
        @NonNull
        @Override
        public String getDisplayName() {
            return "CodeArts step headers";
        }
    }
}
