package io.jenkins.plugins.codearts.plugin.forms;

import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

/** Drop-down choices and checks of the IDE forms; the values are the ones the IDE Online API documents. */
public final class IdeChoices {

    /** Defaults of the optional createIdeInstance fields, shared by the step and the build step. */
    public static final String DEFAULT_ARCH = "x86";
    public static final String DEFAULT_CPU_MEMORY = "2U4G";
    public static final String DEFAULT_PVC_QUANTITY = "5GB";
    public static final String DEFAULT_REFRESH_INTERVAL = "30";
    /** Minutes createIdeInstance and codeArtsIdeInstance wait for an instance by default. */
    public static final int DEFAULT_TIMEOUT_MINUTES = 10;

    private IdeChoices() {
    }

    public static ListBoxModel arch() {
        return new ListBoxModel(new ListBoxModel.Option("x86", "x86"), new ListBoxModel.Option("arm", "arm"));
    }

    public static ListBoxModel cpuMemory() {
        ListBoxModel model = new ListBoxModel();
        for (String value : new String[] {"2U4G", "1U1G", "2U8G", "4U8G"}) {
            model.add(value, value);
        }
        return model;
    }

    public static ListBoxModel pvcQuantity() {
        ListBoxModel model = new ListBoxModel();
        for (String value : new String[] {"5GB", "10GB", "20GB"}) {
            model.add(value, value);
        }
        return model;
    }

    public static ListBoxModel refreshInterval() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.IdeChoices_minutes(30), "30");
        model.add(Messages.IdeChoices_minutes(60), "60");
        model.add(Messages.IdeChoices_minutes(240), "240");
        model.add(Messages.IdeChoices_minutes(1440), "1440");
        model.add(Messages.IdeChoices_never(), "-1");
        return model;
    }

    public static ListBoxModel actions() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.IdeChoices_start(), "start");
        model.add(Messages.IdeChoices_stop(), "stop");
        model.add(Messages.IdeChoices_delete(), "delete");
        return model;
    }

    public static FormValidation checkDisplayName(String value) {
        String name = Util.fixEmptyAndTrim(value);
        if (name == null) {
            return FormValidation.error(Messages.FieldChecks_required("displayName"));
        }
        if (!name.contains("${") && (name.length() < 3 || name.length() > 100)) {
            return FormValidation.error(Messages.IdeChoices_badDisplayName(name, name.length()));
        }
        return FormValidation.ok();
    }

    public static FormValidation checkTimeout(String value) {
        String text = Util.fixEmptyAndTrim(value);
        if (text == null) {
            return FormValidation.ok();
        }
        try {
            return Integer.parseInt(text) >= 1 ? FormValidation.ok()
                    : FormValidation.error(Messages.FieldChecks_badTimeout(text));
        } catch (NumberFormatException e) {
            return FormValidation.error(Messages.FieldChecks_notANumber("timeout", text));
        }
    }
}
