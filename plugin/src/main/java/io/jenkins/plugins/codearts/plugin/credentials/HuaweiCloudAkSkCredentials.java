package io.jenkins.plugins.codearts.plugin.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.util.Secret;

/**
 * A Huawei Cloud access key pair (AK/SK), optionally a temporary one with its security token. Used to sign CodeArts API
 * calls and, through {@code withCredentials([huaweiCloud(...)])}, handed to shell tools such as hcloud or the SDKs.
 */
@NameWith(HuaweiCloudAkSkCredentials.NameProvider.class)
public interface HuaweiCloudAkSkCredentials extends StandardCredentials {

    /** The access key id (AK). It identifies the key but is not the secret part. */
    @NonNull
    String getAccessKey();

    /** The secret access key (SK). */
    @NonNull
    Secret getSecretKey();

    /** The security token of a temporary key pair, or null for a permanent key pair. */
    @CheckForNull
    Secret getSecurityToken();

    /** Names the credential by its description, or by its access key when there is none. */
    class NameProvider extends CredentialsNameProvider<HuaweiCloudAkSkCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull HuaweiCloudAkSkCredentials credentials) {
            String description = Util.fixEmptyAndTrim(credentials.getDescription());
            String accessKey = credentials.getAccessKey();
            return description != null ? description + " (" + accessKey + ")"
                    : Messages.HuaweiCloudAkSkCredentials_name(accessKey);
        }
    }
}
