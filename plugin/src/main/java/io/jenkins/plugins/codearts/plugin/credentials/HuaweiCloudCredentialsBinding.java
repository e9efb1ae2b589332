package io.jenkins.plugins.codearts.plugin.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withCredentials([huaweiCloud(credentialsId: 'id')]) { sh 'hcloud ...' }}: exposes an AK/SK pair under the
 * variable names the Huawei Cloud SDKs and KooCLI read. Every value is masked in the console.
 */
public final class HuaweiCloudCredentialsBinding extends MultiBinding<HuaweiCloudAkSkCredentials> {

    public static final String DEFAULT_ACCESS_KEY_VARIABLE = "HUAWEICLOUD_SDK_AK";
    public static final String DEFAULT_SECRET_KEY_VARIABLE = "HUAWEICLOUD_SDK_SK";
    public static final String DEFAULT_SECURITY_TOKEN_VARIABLE = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private String accessKeyVariable = DEFAULT_ACCESS_KEY_VARIABLE;
    private String secretKeyVariable = DEFAULT_SECRET_KEY_VARIABLE;
    private String securityTokenVariable = DEFAULT_SECURITY_TOKEN_VARIABLE;

    @DataBoundConstructor
    public HuaweiCloudCredentialsBinding(String credentialsId) {
        super(credentialsId);
    }

    public String getAccessKeyVariable() {
        return accessKeyVariable;
    }

    @DataBoundSetter
    public void setAccessKeyVariable(String accessKeyVariable) {
        this.accessKeyVariable = orDefault(accessKeyVariable, DEFAULT_ACCESS_KEY_VARIABLE);
    }

    public String getSecretKeyVariable() {
        return secretKeyVariable;
    }

    @DataBoundSetter
    public void setSecretKeyVariable(String secretKeyVariable) {
        this.secretKeyVariable = orDefault(secretKeyVariable, DEFAULT_SECRET_KEY_VARIABLE);
    }

    public String getSecurityTokenVariable() {
        return securityTokenVariable;
    }

    @DataBoundSetter
    public void setSecurityTokenVariable(String securityTokenVariable) {
        this.securityTokenVariable = orDefault(securityTokenVariable, DEFAULT_SECURITY_TOKEN_VARIABLE);
    }

    private static String orDefault(@CheckForNull String value, String defaultName) {
        String name = Util.fixEmptyAndTrim(value);
        return name == null ? defaultName : name;
    }

    /**
     * Names are checked when binding, not in the setters: Pipeline's data binding would wrap a setter's exception in
     * one that prints its whole stack trace, while an {@link AbortException} is one line.
     */
    private void checkVariableNames() throws AbortException {
        checkVariableName("accessKeyVariable", accessKeyVariable);
        checkVariableName("secretKeyVariable", secretKeyVariable);
        checkVariableName("securityTokenVariable", securityTokenVariable);
    }

    private static void checkVariableName(String field, String name) throws AbortException {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            throw new AbortException(Messages.HuaweiCloudCredentialsBinding_badVariable(field, name));
        }
    }

    @Override
    protected Class<HuaweiCloudAkSkCredentials> type() {
        return HuaweiCloudAkSkCredentials.class;
    }

    @Override
    public MultiEnvironment bind(@NonNull Run<?, ?> build, @CheckForNull FilePath workspace,
            @CheckForNull Launcher launcher, @NonNull TaskListener listener) throws IOException, InterruptedException {
        checkVariableNames();
        HuaweiCloudAkSkCredentials credentials = getCredentials(build);
        // The AK is not the secret half, but it names the account and is masked like the rest.
        Map<String, String> secretValues = new LinkedHashMap<>();
        secretValues.put(accessKeyVariable, credentials.getAccessKey());
        secretValues.put(secretKeyVariable, credentials.getSecretKey().getPlainText());
        String token = securityTokenOf(credentials.getSecurityToken());
        if (token != null) {
            secretValues.put(securityTokenVariable, token);
        }
        return new MultiEnvironment(secretValues);
    }

    @Override
    public Set<String> variables(@NonNull Run<?, ?> build) throws CredentialNotFoundException {
        HuaweiCloudAkSkCredentials credentials = getCredentials(build);
        Set<String> names = new LinkedHashSet<>();
        names.add(accessKeyVariable);
        names.add(secretKeyVariable);
        if (securityTokenOf(credentials.getSecurityToken()) != null) {
            names.add(securityTokenVariable);
        }
        return names;
    }

    /**
     * The token to bind, or null for a permanent key pair: {@link #bind} and {@link #variables} both ask here, so the
     * variables listed are exactly the ones set (an empty token, e.g. from another credentials provider, sets none).
     */
    static @CheckForNull String securityTokenOf(@CheckForNull Secret token) {
        return token == null || token.getPlainText().isEmpty() ? null : token.getPlainText();
    }

    @Extension
    @Symbol("huaweiCloud")
    public static class DescriptorImpl extends BindingDescriptor<HuaweiCloudAkSkCredentials> {

        @Override
        protected Class<HuaweiCloudAkSkCredentials> type() {
            return HuaweiCloudAkSkCredentials.class;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudCredentialsBinding_displayName();
        }

        @Override
        public boolean requiresWorkspace() {
            return false;
        }

        @POST
        public FormValidation doCheckAccessKeyVariable(@AncestorInPath Item item, @QueryParameter String value) {
            return checkVariable(item, value);
        }

        @POST
        public FormValidation doCheckSecretKeyVariable(@AncestorInPath Item item, @QueryParameter String value) {
            return checkVariable(item, value);
        }

        @POST
        public FormValidation doCheckSecurityTokenVariable(@AncestorInPath Item item, @QueryParameter String value) {
            return checkVariable(item, value);
        }

        private static FormValidation checkVariable(@CheckForNull Item item, String value) {
            if (!WebPermissions.canConfigure(item)) {
                return FormValidation.ok();
            }
            String name = Util.fixEmptyAndTrim(value);
            if (name == null || VARIABLE_NAME.matcher(name).matches()) {
                return FormValidation.ok();
            }
            return FormValidation.error(Messages.HuaweiCloudCredentialsBinding_badVariableForm(name));
        }
    }
}
