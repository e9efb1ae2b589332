package io.jenkins.plugins.codearts.client;

/**
 * An access key / secret key pair, optionally temporary (with a security token). Requests are signed with
 * {@code SDK-HMAC-SHA256}; the secret key and token never appear in {@link #toString()} or in error messages.
 */
public final class AkSkCredentials implements Credentials {

    private final String accessKey;
    private final String secretKey;
    private final String securityToken;

    private AkSkCredentials(String accessKey, String secretKey, String securityToken) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.securityToken = securityToken;
    }

    /** Permanent AK/SK. */
    public static AkSkCredentials of(String accessKey, String secretKey) {
        return of(accessKey, secretKey, null);
    }

    /** Temporary AK/SK with the security token IAM issued with them (sent as a signed {@code X-Security-Token}). */
    public static AkSkCredentials of(String accessKey, String secretKey, String securityToken) {
        if (accessKey == null || accessKey.isBlank()) {
            throw new CodeArtsInvalidArgumentException("access key (AK)", null,
                    "is missing; create an access key under My Credentials > Access Keys in the Huawei Cloud console");
        }
        if (!accessKey.strip().matches("[A-Za-z0-9]+")) {
            throw new CodeArtsInvalidArgumentException("access key (AK)", mask(accessKey.strip()),
                    "must contain only letters and digits; check that the AK and SK were not swapped or pasted"
                            + " with extra characters");
        }
        if (secretKey == null || secretKey.isBlank()) {
            throw new CodeArtsInvalidArgumentException("secret key (SK)", null,
                    "is missing for access key " + mask(accessKey.strip())
                            + "; the SK is shown once when the access key is created (credentials.csv)");
        }
        if (securityToken != null && securityToken.isBlank()) {
            securityToken = null;
        }
        return new AkSkCredentials(accessKey.strip(), secretKey.strip(), securityToken == null ? null : securityToken.strip());
    }

    public String accessKey() {
        return accessKey;
    }

    /** The secret key; used only to compute signatures. */
    public String secretKey() {
        return secretKey;
    }

    /** The security token of temporary credentials, or null. */
    public String securityToken() {
        return securityToken;
    }

    public boolean isTemporary() {
        return securityToken != null;
    }

    /** Shows only the first and last four characters of the AK. */
    static String mask(String accessKey) {
        if (accessKey.length() <= 8) {
            return "****";
        }
        return accessKey.substring(0, 4) + "****" + accessKey.substring(accessKey.length() - 4);
    }

    @Override
    public String toString() {
        return "AkSkCredentials[accessKey=" + mask(accessKey) + ", secretKey=****"
                + (securityToken != null ? ", securityToken=****" : "") + "]";
    }
}
