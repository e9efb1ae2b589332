package io.jenkins.plugins.codearts.client;

/**
 * An IAM user's name and password within an account (domain). The client exchanges them for a project-scoped IAM
 * token ({@code POST /v3/auth/tokens}); the password and token never appear in {@link #toString()} or messages.
 */
public final class PasswordCredentials implements Credentials {

    private final String domainName;
    private final String userName;
    private final String password;

    private PasswordCredentials(String domainName, String userName, String password) {
        this.domainName = domainName;
        this.userName = userName;
        this.password = password;
    }

    /**
     * @param domainName the account name (for the account's own user it equals the user name)
     * @param userName   the IAM user name
     * @param password   the IAM user's password
     */
    public static PasswordCredentials of(String domainName, String userName, String password) {
        if (domainName == null || domainName.isBlank()) {
            throw new CodeArtsInvalidArgumentException("account (domain) name", null,
                    "is missing; it is shown under My Credentials > API Credentials as 'Account Name'");
        }
        if (userName == null || userName.isBlank()) {
            throw new CodeArtsInvalidArgumentException("IAM user name", null,
                    "is missing; it is shown under My Credentials > API Credentials as 'IAM User Name'");
        }
        if (password == null || password.isEmpty()) {
            throw new CodeArtsInvalidArgumentException("password", null,
                    "is missing for IAM user '" + userName.strip() + "'");
        }
        return new PasswordCredentials(domainName.strip(), userName.strip(), password);
    }

    public String domainName() {
        return domainName;
    }

    public String userName() {
        return userName;
    }

    /** The password; used only in the IAM token request body. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "PasswordCredentials[domainName=" + domainName + ", userName=" + userName + ", password=****]";
    }
}
