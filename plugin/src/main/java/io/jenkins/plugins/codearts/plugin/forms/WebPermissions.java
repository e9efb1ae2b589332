package io.jenkins.plugins.codearts.plugin.forms;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import jenkins.model.Jenkins;

/** The permission rules shared by every form-validation and list-filling web method. */
public final class WebPermissions {

    private WebPermissions() {
    }

    /** Whether the current user may see the configuration of {@code item}, or administer Jenkins when there is none. */
    public static boolean canConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.EXTENDED_READ);
    }

    /** Whether the current user may list credentials for {@code item} (or, without one, administers Jenkins). */
    public static boolean canListCredentials(@CheckForNull Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
