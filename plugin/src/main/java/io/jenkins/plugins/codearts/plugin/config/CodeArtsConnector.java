package io.jenkins.plugins.codearts.plugin.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.Secret;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.Credentials;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.Regions;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelinesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineList;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudAkSkCredentials;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudIamCredentials;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.time.Duration;
import java.util.List;
import jenkins.model.Jenkins;
import okhttp3.OkHttpClient;

/**
 * The one place where Jenkins settings become a CodeArts client: resolves step values against the global defaults,
 * looks credentials up in the build's context (folder credentials included) and records their use, and builds the
 * client on Jenkins' proxy-aware OkHttp client.
 */
public final class CodeArtsConnector {

    /** One base client for the whole controller, so every CodeArts client shares its connection pool and threads. */
    private static final OkHttpClient BASE_HTTP_CLIENT = new OkHttpClient();

    /**
     * Ends the engine's review-pending line ("… Approve or reject it on &lt;url&gt; or " + hint + "."); the engine
     * fills in the placeholders. For Pipeline builds.
     */
    public static final String PIPELINE_REVIEW_HINT = "with the Approve / Refuse buttons on this build's CodeArts run"
            + " page, or with approveReview(pipelineId: '{pipelineId}', runId: '{runId}', decision: 'pass')";

    /** As {@link #PIPELINE_REVIEW_HINT}, for freestyle builds, which have no approveReview step. */
    public static final String FREESTYLE_REVIEW_HINT = "with the Approve / Refuse buttons on this build's CodeArts run"
            + " page, or with a \"Pass or refuse a CodeArts manual review\" build step in another job (pipelineId"
            + " {pipelineId}, runId {runId})";

    private CodeArtsConnector() {
    }

    /**
     * Step values win; empty ones fall back to Manage Jenkins » System » Huawei Cloud CodeArts.
     *
     * @throws AbortException naming the missing setting and where to set it
     */
    static @NonNull ConnectionSettings resolve(@CheckForNull String credentialsId, @CheckForNull String region,
            @CheckForNull String projectId) throws AbortException {
        return resolve(credentialsId, region, projectId, true);
    }

    /** As {@link #resolve(String, String, String)}; IDE Online calls need no CodeArts project, so it may be absent. */
    public static @NonNull ConnectionSettings resolve(@CheckForNull String credentialsId, @CheckForNull String region,
            @CheckForNull String projectId, boolean projectRequired) throws AbortException {
        CodeArtsGlobalConfiguration global = CodeArtsGlobalConfiguration.get();
        String effectiveCredentials = FieldChecks.firstNonBlank(credentialsId, global.getCredentialsId());
        if (effectiveCredentials == null) {
            throw new AbortException(Messages.CodeArtsConnector_noCredentials());
        }
        String effectiveProject = FieldChecks.firstNonBlank(projectId, global.getProjectId());
        if (effectiveProject == null && projectRequired) {
            throw new AbortException(Messages.CodeArtsConnector_noProject());
        }
        String effectiveRegion = FieldChecks.firstNonBlank(region, global.getRegion());
        if (effectiveRegion == null) {
            effectiveRegion = CodeArtsGlobalConfiguration.DEFAULT_REGION;
        }
        if (global.getPipelineEndpoint() == null && !Regions.isKnown(effectiveRegion)) {
            throw new AbortException(Messages.CodeArtsConnector_unknownRegion(effectiveRegion,
                    String.join(", ", Regions.known())));
        }
        return new ConnectionSettings(effectiveRegion, global.getPipelineEndpoint(), global.getIdeEndpoint(),
                global.getIamEndpoint(), effectiveProject, effectiveCredentials, global.getDomainId());
    }

    /**
     * Finds the credentials as the build sees them (its folder's and the global store, with the build's
     * authentication) and records that the build used them.
     */
    public static @NonNull StandardCredentials credentialsFor(@NonNull Run<?, ?> run, @NonNull String credentialsId)
            throws AbortException {
        StandardCredentials credentials =
                CredentialsProvider.findCredentialById(credentialsId, StandardCredentials.class, run);
        if (credentials == null) {
            throw new AbortException(Messages.CodeArtsConnector_credentialsNotFound(credentialsId));
        }
        if (!(credentials instanceof HuaweiCloudAkSkCredentials) && !(credentials instanceof HuaweiCloudIamCredentials)) {
            throw new AbortException(Messages.CodeArtsConnector_wrongCredentialsType(credentialsId,
                    credentials.getDescriptor().getDisplayName()));
        }
        CredentialsProvider.track(run, credentials);
        return credentials;
    }

    /** Global-store lookup for the administrator's "Test connection" button, where there is no build. */
    static @CheckForNull StandardCredentials findSystemCredentials(@NonNull String credentialsId) {
        StandardCredentials credentials = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2,
                        List.of()),
                CredentialsMatchers.withId(credentialsId));
        return credentials instanceof HuaweiCloudAkSkCredentials || credentials instanceof HuaweiCloudIamCredentials
                ? credentials : null;
    }

    /** Opens a client; the caller closes it. The secrets are decrypted here and live only inside the client. */
    public static @NonNull CodeArtsClient open(@NonNull ConnectionSettings settings, @NonNull StandardCredentials credentials) {
        CodeArtsConfig config = CodeArtsConfig.builder()
                .region(settings.region)
                .credentials(toClientCredentials(credentials))
                .pipelineEndpoint(settings.pipelineEndpoint)
                .ideEndpoint(settings.ideEndpoint)
                .iamEndpoint(settings.iamEndpoint)
                .domainId(settings.domainId)
                .httpConnector(OkHttpConnector.of(jenkinsHttpClient()))
                .build();
        return CodeArtsClient.create(config);
    }

    /** What "Test connection" found: the endpoint used and how many pipelines the credentials see in the project. */
    record ConnectionCheck(String pipelineEndpoint, int visiblePipelines) {
    }

    /**
     * Signs in and lists one pipeline of the project: proves endpoint, credentials and project id together.
     *
     * @throws RuntimeException the client's error, which names operation, HTTP status and error code but no secret
     */
    static @NonNull ConnectionCheck testConnection(@NonNull ConnectionSettings settings,
            @NonNull StandardCredentials credentials) {
        try (CodeArtsClient client = open(settings, credentials)) {
            PipelineList page = client.pipeline().pipelines().listPipelines(settings.projectId,
                    ListPipelinesRequest.all().page(0, 1));
            Integer total = page.total();
            int visible = total != null ? total : page.pipelines() == null ? 0 : page.pipelines().size();
            return new ConnectionCheck(client.config().pipelineEndpoint(), visible);
        }
    }

    /** A client following Manage Jenkins » Plugins » Advanced » HTTP Proxy, sharing the controller-wide pool. */
    static @NonNull OkHttpClient jenkinsHttpClient() {
        return JenkinsOkHttpClient.newClientBuilder(BASE_HTTP_CLIENT).build();
    }

    private static Credentials toClientCredentials(StandardCredentials credentials) {
        if (credentials instanceof HuaweiCloudAkSkCredentials akSk) {
            Secret token = akSk.getSecurityToken();
            return token == null || token.getPlainText().isEmpty()
                    ? AkSkCredentials.of(akSk.getAccessKey(), akSk.getSecretKey().getPlainText())
                    : AkSkCredentials.of(akSk.getAccessKey(), akSk.getSecretKey().getPlainText(), token.getPlainText());
        }
        HuaweiCloudIamCredentials iam = (HuaweiCloudIamCredentials) credentials;
        return PasswordCredentials.of(iam.getDomainName(), iam.getUserName(), iam.getPassword().getPlainText());
    }

    /**
     * Follow options from the global polling bounds and the step's own settings.
     *
     * @param timeoutMinutes null for the global default, 0 for none
     * @param reviewHint {@link #PIPELINE_REVIEW_HINT} or {@link #FREESTYLE_REVIEW_HINT}
     */
    public static @NonNull FollowOptions followOptions(@CheckForNull Integer timeoutMinutes, boolean stopOnAbort,
            boolean prefixLines, @NonNull String region, @NonNull String reviewHint) {
        CodeArtsGlobalConfiguration global = CodeArtsGlobalConfiguration.get();
        int minMillis = global.getMinPollMillis();
        int maxMillis = Math.max(minMillis, global.getMaxPollMillis());
        int minutes = timeoutMinutes == null ? global.getDefaultTimeoutMinutes() : timeoutMinutes;
        return FollowOptions.builder()
                .prefixLines(prefixLines)
                .timeout(minutes > 0 ? Duration.ofMinutes(minutes) : null)
                .stopOnCancel(stopOnAbort)
                .stopOnTimeout(stopOnAbort)
                .minPoll(Duration.ofMillis(Math.min(100, minMillis)))
                .fastPoll(Duration.ofMillis(minMillis))
                .idlePoll(Duration.ofMillis(clamp(5000, minMillis, maxMillis)))
                .queuedPoll(Duration.ofMillis(clamp(10000, minMillis, maxMillis)))
                .detailRefresh(Duration.ofMillis(clamp(20000, minMillis, maxMillis)))
                .reviewPoll(Duration.ofMillis(maxMillis))
                .reviewHint(reviewHint)
                .region(region)
                .build();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
