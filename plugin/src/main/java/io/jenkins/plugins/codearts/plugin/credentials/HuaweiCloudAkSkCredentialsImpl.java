package io.jenkins.plugins.codearts.plugin.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.Secret;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The stored form of {@link HuaweiCloudAkSkCredentials}: SK and token are kept encrypted as {@link Secret}s. */
public final class HuaweiCloudAkSkCredentialsImpl extends BaseStandardCredentials implements HuaweiCloudAkSkCredentials {

    private static final long serialVersionUID = 1L;

    private final @NonNull String accessKey;
    private final @NonNull Secret secretKey;
    private @CheckForNull Secret securityToken;

    @DataBoundConstructor
    public HuaweiCloudAkSkCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id,
            @CheckForNull String description, @CheckForNull String accessKey, @CheckForNull Secret secretKey) {
        super(scope, id, description);
        this.accessKey = Util.fixNull(Util.fixEmptyAndTrim(accessKey));
        this.secretKey = secretKey == null ? Secret.fromString("") : secretKey;
    }

    @NonNull
    @Override
    public String getAccessKey() {
        return accessKey;
    }

    @NonNull
    @Override
    public Secret getSecretKey() {
        return secretKey;
    }

    @CheckForNull
    @Override
    public Secret getSecurityToken() {
        return securityToken;
    }

    /** Only for temporary credentials; an empty value means a permanent key pair. */
    @DataBoundSetter
    public void setSecurityToken(@CheckForNull Secret securityToken) {
        this.securityToken = securityToken == null || securityToken.getPlainText().isEmpty() ? null : securityToken;
    }

    @Extension
    @Symbol("huaweiCloudAkSk")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudAkSkCredentialsImpl_displayName();
        }
    }
}
