package io.jenkins.plugins.codearts.plugin.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudAkSkCredentials;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudIamCredentials;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.util.List;
import org.springframework.security.core.Authentication;

/** The credentials drop-down of every step and build step form: Huawei Cloud credentials the job can use. */
public final class CredentialsChoices {

    private CredentialsChoices() {
    }

    public static ListBoxModel forItem(@CheckForNull Item item, @CheckForNull String current) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!WebPermissions.canListCredentials(item)) {
            return model.includeCurrentValue(Util.fixNull(current));
        }
        model.includeEmptyValue();
        if (item == null) {
            model.includeMatchingAs(ACL.SYSTEM2, jenkins.model.Jenkins.get(), StandardCredentials.class, List.of(),
                    huaweiCloudOnly());
        } else {
            model.includeMatchingAs(authenticationOf(item), item, StandardCredentials.class, List.of(), huaweiCloudOnly());
        }
        return model.includeCurrentValue(Util.fixNull(current));
    }

    /** Warns when an id names nothing the job can see (it may still be a build parameter expression). */
    public static FormValidation check(@CheckForNull Item item, @CheckForNull String value) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null) {
            String fallback = CodeArtsGlobalConfiguration.get().getCredentialsId();
            return fallback == null ? FormValidation.warning(Messages.CredentialsChoices_noDefault())
                    : FormValidation.ok(Messages.CredentialsChoices_usingDefault(fallback));
        }
        if (id.contains("${")) {
            return FormValidation.ok();
        }
        List<StandardCredentials> visible = item == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class, jenkins.model.Jenkins.get(),
                        ACL.SYSTEM2, List.of())
                : CredentialsProvider.lookupCredentialsInItem(StandardCredentials.class, item, authenticationOf(item),
                        List.of());
        StandardCredentials match = CredentialsMatchers.firstOrNull(visible, CredentialsMatchers.withId(id));
        if (match == null) {
            return FormValidation.error(Messages.CodeArtsConnector_credentialsNotFound(id));
        }
        if (!huaweiCloudOnly().matches(match)) {
            return FormValidation.error(Messages.CodeArtsConnector_wrongCredentialsType(id,
                    match.getDescriptor().getDisplayName()));
        }
        return FormValidation.ok();
    }

    private static Authentication authenticationOf(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    private static com.cloudbees.plugins.credentials.CredentialsMatcher huaweiCloudOnly() {
        return CredentialsMatchers.anyOf(CredentialsMatchers.instanceOf(HuaweiCloudAkSkCredentials.class),
                CredentialsMatchers.instanceOf(HuaweiCloudIamCredentials.class));
    }
}
