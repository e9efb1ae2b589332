package io.jenkins.plugins.codearts.cli.config;

/** The credentials chosen from the resolved settings. {@code toString()} never shows a secret. */
public sealed interface CliCredentials {

    /** Permanent or temporary (with security token) access keys; requests are signed with SDK-HMAC-SHA256. */
    record AccessKeys(String ak, String sk, String securityToken) implements CliCredentials {
        @Override
        public String toString() {
            return "AccessKeys[ak=" + ak + ", sk=****" + (securityToken == null ? "" : ", securityToken=****") + "]";
        }
    }

    /** IAM user name and password exchanged for a token. */
    record IamPassword(String domainName, String userName, String password) implements CliCredentials {
        @Override
        public String toString() {
            return "IamPassword[domain=" + domainName + ", user=" + userName + ", password=****]";
        }
    }
}
