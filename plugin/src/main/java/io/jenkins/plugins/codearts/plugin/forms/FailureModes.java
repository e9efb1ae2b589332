package io.jenkins.plugins.codearts.plugin.forms;

import hudson.util.ListBoxModel;

/** The failure mode choices of the forms; values are what Pipeline scripts write. */
public final class FailureModes {

    private FailureModes() {
    }

    public static ListBoxModel items() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.FailureModes_fail(), "fail");
        model.add(Messages.FailureModes_unstable(), "unstable");
        model.add(Messages.FailureModes_return(), "return");
        return model;
    }
}
