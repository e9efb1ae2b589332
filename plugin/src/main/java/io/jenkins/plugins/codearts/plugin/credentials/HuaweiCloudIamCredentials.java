package io.jenkins.plugins.codearts.plugin.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.util.Secret;

/**
 * A Huawei Cloud IAM user: account (domain) name, user name and password. The client exchanges them for an IAM token;
 * prefer an AK/SK pair where the account allows it.
 */
@NameWith(HuaweiCloudIamCredentials.NameProvider.class)
public interface HuaweiCloudIamCredentials extends StandardCredentials {

    /** The account name, called domain name by IAM. */
    @NonNull
    String getDomainName();

    /** The IAM user name within the account. */
    @NonNull
    String getUserName();

    @NonNull
    Secret getPassword();

    /** Names the credential by its description, or as user@account. */
    class NameProvider extends CredentialsNameProvider<HuaweiCloudIamCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull HuaweiCloudIamCredentials credentials) {
            String description = Util.fixEmptyAndTrim(credentials.getDescription());
            String who = credentials.getUserName() + "@" + credentials.getDomainName();
            return description != null ? description + " (" + who + ")" : Messages.HuaweiCloudIamCredentials_name(who);
        }
    }
}
