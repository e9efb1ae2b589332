package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.CliSettings;
import io.jenkins.plugins.codearts.cli.config.ConfigResolver;
import io.jenkins.plugins.codearts.cli.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Connection flags shared by every command that talks to CodeArts. Secrets (SK, security token, IAM password) have
 * no flag on purpose: they come from the environment, the config file or a prompt.
 */
public final class ConnectionOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with settings (default: $CODEARTS_CONFIG, else ~/.codearts/config.properties if present).")
    Path configFile;

    @Option(names = "--region", paramLabel = "REGION", description = "Region id, e.g. cn-north-4 (env CODEARTS_REGION, HUAWEICLOUD_SDK_REGION).")
    String region;

    @Option(names = "--ak", paramLabel = "AK", description = "Access key id (env HUAWEICLOUD_SDK_AK). The SK is read from HUAWEICLOUD_SDK_SK, the config file or a prompt.")
    String ak;

    @Option(names = "--iam-user", paramLabel = "USER", description = "IAM user for token authentication (env CODEARTS_IAM_USER); password from CODEARTS_IAM_PASSWORD, the config file or a prompt.")
    String iamUser;

    @Option(names = "--iam-domain", paramLabel = "ACCOUNT", description = "IAM account (domain) name (env CODEARTS_IAM_DOMAIN).")
    String iamDomain;

    @Option(names = "--project-id", paramLabel = "ID", description = "CodeArts project id (env CODEARTS_PROJECT_ID).")
    String projectId;

    @Option(names = "--iam-project-id", paramLabel = "ID", description = "IAM project id sent as X-Project-Id (env CODEARTS_IAM_PROJECT_ID, HUAWEICLOUD_SDK_PROJECT_ID).")
    String iamProjectId;

    @Option(names = "--org-id", paramLabel = "ID", description = "Account (domain) id used as the IDE org_id (env CODEARTS_ORG_ID, HUAWEICLOUD_SDK_DOMAIN_ID).")
    String orgId;

    @Option(names = "--endpoint", paramLabel = "URL", description = "One base URL for all services, e.g. the emulator's (env CODEARTS_ENDPOINT).")
    String endpoint;

    @Option(names = "--pipeline-endpoint", paramLabel = "URL", description = "CodeArts Pipeline base URL (env CODEARTS_PIPELINE_ENDPOINT).")
    String pipelineEndpoint;

    @Option(names = "--ide-endpoint", paramLabel = "URL", description = "CodeArts IDE Online base URL (env CODEARTS_IDE_ENDPOINT).")
    String ideEndpoint;

    @Option(names = "--iam-endpoint", paramLabel = "URL", description = "IAM base URL (env CODEARTS_IAM_ENDPOINT).")
    String iamEndpoint;

    @Option(names = "--proxy", paramLabel = "URL", description = "HTTP proxy, e.g. http://proxy:3128 (env CODEARTS_PROXY).")
    String proxy;

    @Option(names = "--debug", description = "Print every HTTP request and response on stderr (credentials redacted, secrets masked).")
    boolean debug;

    /** The flags that were given, keyed by setting. */
    Map<Setting, String> flags() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        putIfSet(flags, Setting.REGION, region);
        putIfSet(flags, Setting.AK, ak);
        putIfSet(flags, Setting.IAM_USER, iamUser);
        putIfSet(flags, Setting.IAM_DOMAIN, iamDomain);
        putIfSet(flags, Setting.PROJECT_ID, projectId);
        putIfSet(flags, Setting.IAM_PROJECT_ID, iamProjectId);
        putIfSet(flags, Setting.ORG_ID, orgId);
        putIfSet(flags, Setting.ENDPOINT, endpoint);
        putIfSet(flags, Setting.PIPELINE_ENDPOINT, pipelineEndpoint);
        putIfSet(flags, Setting.IDE_ENDPOINT, ideEndpoint);
        putIfSet(flags, Setting.IAM_ENDPOINT, iamEndpoint);
        putIfSet(flags, Setting.PROXY, proxy);
        return flags;
    }

    /** The settings; every secret among them (config file included) is masked in all output from now on. */
    public CliSettings resolve(CliEnvironment environment) {
        CliSettings settings = new ConfigResolver(environment.env(), environment.home(), environment.err())
                .resolve(flags(), configFile);
        environment.secrets().add(settings.secretValues());
        settings.get(Setting.PROXY).map(ConnectionOptions::proxyPassword).ifPresent(environment.secrets()::add);
        return settings;
    }

    /** The password in a proxy URL such as http://user:password@host:3128, or null. */
    static String proxyPassword(String proxyUrl) {
        try {
            String userInfo = java.net.URI.create(proxyUrl).getRawUserInfo();
            int colon = userInfo == null ? -1 : userInfo.indexOf(':');
            return colon < 0 ? null : java.net.URLDecoder.decode(userInfo.substring(colon + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static void putIfSet(Map<Setting, String> flags, Setting setting, String value) {
        if (value != null) {
            flags.put(setting, value);
        }
    }
}
