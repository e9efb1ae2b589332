package io.jenkins.plugins.codearts.cli.config;

import java.util.List;
import java.util.Optional;

/**
 * Every connection setting the CLI understands, with its flag, environment variables and config-file key.
 * Secrets have no flag: a flag would end up in shell history and in {@code ps} output.
 */
public enum Setting {
    REGION("region", "--region", false, "region id, e.g. cn-north-4",
            "CODEARTS_REGION", "HUAWEICLOUD_SDK_REGION"),
    AK("ak", "--ak", false, "access key id", "HUAWEICLOUD_SDK_AK"),
    SK("sk", null, true, "secret access key", "HUAWEICLOUD_SDK_SK"),
    SECURITY_TOKEN("security-token", null, true, "security token of temporary AK/SK",
            "HUAWEICLOUD_SDK_SECURITY_TOKEN"),
    IAM_USER("iam-user", "--iam-user", false, "IAM user name (token authentication)", "CODEARTS_IAM_USER"),
    IAM_PASSWORD("iam-password", null, true, "IAM user password", "CODEARTS_IAM_PASSWORD"),
    IAM_DOMAIN("iam-domain", "--iam-domain", false, "IAM account (domain) name", "CODEARTS_IAM_DOMAIN"),
    PROJECT_ID("project-id", "--project-id", false, "CodeArts project id (the {project_id} of Pipeline paths)",
            "CODEARTS_PROJECT_ID"),
    IAM_PROJECT_ID("iam-project-id", "--iam-project-id", false, "IAM project id sent as X-Project-Id",
            "CODEARTS_IAM_PROJECT_ID", "HUAWEICLOUD_SDK_PROJECT_ID"),
    ORG_ID("org-id", "--org-id", false, "account (domain) id, the IDE API's org_id",
            "CODEARTS_ORG_ID", "HUAWEICLOUD_SDK_DOMAIN_ID"),
    ENDPOINT("endpoint", "--endpoint", false, "one base URL for every service (emulator, private gateway)",
            "CODEARTS_ENDPOINT"),
    PIPELINE_ENDPOINT("pipeline-endpoint", "--pipeline-endpoint", false, "CodeArts Pipeline base URL",
            "CODEARTS_PIPELINE_ENDPOINT"),
    IDE_ENDPOINT("ide-endpoint", "--ide-endpoint", false, "CodeArts IDE Online base URL", "CODEARTS_IDE_ENDPOINT"),
    IAM_ENDPOINT("iam-endpoint", "--iam-endpoint", false, "IAM base URL", "CODEARTS_IAM_ENDPOINT"),
    PROXY("proxy", "--proxy", false, "HTTP proxy URL", "CODEARTS_PROXY");

    private final String fileKey;
    private final String flag;
    private final boolean secret;
    private final String description;
    private final List<String> envVars;

    Setting(String fileKey, String flag, boolean secret, String description, String... envVars) {
        this.fileKey = fileKey;
        this.flag = flag;
        this.secret = secret;
        this.description = description;
        this.envVars = List.of(envVars);
    }

    /** Key in config.properties. */
    public String fileKey() {
        return fileKey;
    }

    /** The command-line flag, empty for secrets. */
    public Optional<String> flag() {
        return Optional.ofNullable(flag);
    }

    public boolean secret() {
        return secret;
    }

    public String description() {
        return description;
    }

    /** Environment variables in the order they are consulted; the first one set wins. */
    public List<String> envVars() {
        return envVars;
    }

    /** How to set it, for error messages: "--region, CODEARTS_REGION or region= in the config file". */
    public String howToSet() {
        StringBuilder how = new StringBuilder();
        if (flag != null) {
            how.append(flag).append(", ");
        }
        how.append(String.join(", ", envVars)).append(" or '").append(fileKey).append("=' in the config file");
        return how.toString();
    }

    public static Optional<Setting> byFileKey(String key) {
        for (Setting setting : values()) {
            if (setting.fileKey.equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
