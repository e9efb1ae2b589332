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

/** The stored form of {@link HuaweiCloudIamCredentials}; the password is kept encrypted as a {@link Secret}. */
public final class HuaweiCloudIamCredentialsImpl extends BaseStandardCredentials implements HuaweiCloudIamCredentials {

    private static final long serialVersionUID = 1L;

    private final @NonNull String domainName;
    private final @NonNull String userName;
    private final @NonNull Secret password;

    @DataBoundConstructor
    public HuaweiCloudIamCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id,
            @CheckForNull String description, @CheckForNull String domainName, @CheckForNull String userName,
            @CheckForNull Secret password) {
        super(scope, id, description);
        this.domainName = Util.fixNull(Util.fixEmptyAndTrim(domainName));
        this.userName = Util.fixNull(Util.fixEmptyAndTrim(userName));
        this.password = password == null ? Secret.fromString("") : password;
    }

    @NonNull
    @Override
    public String getDomainName() {
        return domainName;
    }

    @NonNull
    @Override
    public String getUserName() {
        return userName;
    }

    @NonNull
    @Override
    public Secret getPassword() {
        return password;
    }

    @Extension
    @Symbol("huaweiCloudIam")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudIamCredentialsImpl_displayName();
        }
    }
}
