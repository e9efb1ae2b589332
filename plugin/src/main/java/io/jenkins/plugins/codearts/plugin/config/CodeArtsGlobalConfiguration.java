package io.jenkins.plugins.codearts.plugin.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudAkSkCredentials;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudIamCredentials;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins » System » Huawei Cloud CodeArts: the defaults every step and build step falls back to. In
 * Configuration as Code it is {@code unclassified: huaweiCloudCodeArts: {region: cn-north-4, ...}}.
 */
@Extension
@Symbol("huaweiCloudCodeArts")
public class CodeArtsGlobalConfiguration extends GlobalConfiguration {

    public static final String DEFAULT_REGION = "cn-north-4";
    static final int DEFAULT_MIN_POLL_MILLIS = 1800;
    static final int DEFAULT_MAX_POLL_MILLIS = 15000;
    /** Below this, many parallel builds would flood the API; tests against the emulator may go lower via system property. */
    static final int LOWEST_POLL_MILLIS = Integer.getInteger(CodeArtsGlobalConfiguration.class.getName() + ".lowestPollMillis", 500);

    private String region = DEFAULT_REGION;
    private String pipelineEndpoint;
    private String ideEndpoint;
    private String iamEndpoint;
    private String projectId;
    private String credentialsId;
    private String domainId;
    private int minPollMillis = DEFAULT_MIN_POLL_MILLIS;
    private int maxPollMillis = DEFAULT_MAX_POLL_MILLIS;
    private int defaultTimeoutMinutes;

    public CodeArtsGlobalConfiguration() {
        load();
    }

    /** The single instance Jenkins created. */
    public static @NonNull CodeArtsGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(CodeArtsGlobalConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.CodeArtsGlobalConfiguration_displayName();
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        String value = Util.fixEmptyAndTrim(region);
        this.region = value == null ? DEFAULT_REGION : value;
        save();
    }

    public String getPipelineEndpoint() {
        return pipelineEndpoint;
    }

    @DataBoundSetter
    public void setPipelineEndpoint(String pipelineEndpoint) {
        this.pipelineEndpoint = Util.fixEmptyAndTrim(pipelineEndpoint);
        save();
    }

    public String getIdeEndpoint() {
        return ideEndpoint;
    }

    @DataBoundSetter
    public void setIdeEndpoint(String ideEndpoint) {
        this.ideEndpoint = Util.fixEmptyAndTrim(ideEndpoint);
        save();
    }

    public String getIamEndpoint() {
        return iamEndpoint;
    }

    @DataBoundSetter
    public void setIamEndpoint(String iamEndpoint) {
        this.iamEndpoint = Util.fixEmptyAndTrim(iamEndpoint);
        save();
    }

    /** Default CodeArts project id (the 32-hex id in a CodeArts console URL, not the IAM project id). */
    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(String projectId) {
        this.projectId = Util.fixEmptyAndTrim(projectId);
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    /** The account (domain) id: the tenant of IDE Online instances when a step gives no orgId. */
    public String getDomainId() {
        return domainId;
    }

    @DataBoundSetter
    public void setDomainId(String domainId) {
        this.domainId = Util.fixEmptyAndTrim(domainId);
        save();
    }

    /** Shortest pause between two polls of one run, while log text keeps arriving. */
    public int getMinPollMillis() {
        return minPollMillis;
    }

    @DataBoundSetter
    public void setMinPollMillis(int minPollMillis) {
        this.minPollMillis = Math.max(LOWEST_POLL_MILLIS, minPollMillis);
        save();
    }

    /** Longest pause between two polls of one run (quiet steps, queued runs, pending reviews). */
    public int getMaxPollMillis() {
        return maxPollMillis;
    }

    @DataBoundSetter
    public void setMaxPollMillis(int maxPollMillis) {
        this.maxPollMillis = Math.max(LOWEST_POLL_MILLIS, maxPollMillis);
        save();
    }

    /** Overall timeout of a followed run when a step gives none; 0 means no timeout. */
    public int getDefaultTimeoutMinutes() {
        return defaultTimeoutMinutes;
    }

    @DataBoundSetter
    public void setDefaultTimeoutMinutes(int defaultTimeoutMinutes) {
        this.defaultTimeoutMinutes = Math.max(0, defaultTimeoutMinutes);
        save();
    }

    // ---- form support: every method is POST-only and for administrators, as this page is. ----

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return model.includeCurrentValue(Util.fixNull(credentialsId));
        }
        model.includeEmptyValue();
        model.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(),
                CredentialsMatchers.anyOf(CredentialsMatchers.instanceOf(HuaweiCloudAkSkCredentials.class),
                        CredentialsMatchers.instanceOf(HuaweiCloudIamCredentials.class)));
        return model.includeCurrentValue(Util.fixNull(credentialsId));
    }

    /**
     * A step's or build step's region field: empty uses this configuration's region; any other value needs a
     * built-in endpoint unless a pipeline endpoint is configured here. The callers check the form permission.
     */
    public FormValidation checkStepRegion(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        return FieldChecks.region(value, getPipelineEndpoint(), getRegion());
    }

    @POST
    public FormValidation doCheckRegion(@QueryParameter String value, @QueryParameter String pipelineEndpoint) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.region(value, pipelineEndpoint, DEFAULT_REGION);
    }

    @POST
    public FormValidation doCheckPipelineEndpoint(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.endpoint(Messages.CodeArtsGlobalConfiguration_pipelineEndpoint(), value);
    }

    @POST
    public FormValidation doCheckIdeEndpoint(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.endpoint(Messages.CodeArtsGlobalConfiguration_ideEndpoint(), value);
    }

    @POST
    public FormValidation doCheckIamEndpoint(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.endpoint(Messages.CodeArtsGlobalConfiguration_iamEndpoint(), value);
    }

    @POST
    public FormValidation doCheckProjectId(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.projectId(value, false);
    }

    @POST
    public FormValidation doCheckMinPollMillis(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.pollMillis(Messages.CodeArtsGlobalConfiguration_minPollMillis(), value, LOWEST_POLL_MILLIS);
    }

    @POST
    public FormValidation doCheckMaxPollMillis(@QueryParameter String value, @QueryParameter String minPollMillis) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        FormValidation own = FieldChecks.pollMillis(Messages.CodeArtsGlobalConfiguration_maxPollMillis(), value, LOWEST_POLL_MILLIS);
        if (own.kind != FormValidation.Kind.OK) {
            return own;
        }
        String min = Util.fixEmptyAndTrim(minPollMillis);
        if (min == null) {
            return FormValidation.ok();
        }
        try {
            if (Integer.parseInt(value.trim()) < Integer.parseInt(min)) {
                return FormValidation.error(Messages.CodeArtsGlobalConfiguration_maxBelowMin(value.trim(), min));
            }
        } catch (NumberFormatException e) {
            // the min field reports its own error
        }
        return FormValidation.ok();
    }

    @POST
    public FormValidation doCheckDefaultTimeoutMinutes(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.nonNegativeInteger(Messages.CodeArtsGlobalConfiguration_defaultTimeoutMinutes(), value);
    }

    /**
     * Signs in with the chosen credentials and lists one pipeline of the project, showing what CodeArts answered.
     * Uses Jenkins' proxy settings, like the steps.
     */
    @POST
    public FormValidation doTestConnection(@QueryParameter String region, @QueryParameter String pipelineEndpoint,
            @QueryParameter String ideEndpoint, @QueryParameter String iamEndpoint,
            @QueryParameter String projectId, @QueryParameter String credentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String id = Util.fixEmptyAndTrim(credentialsId);
        if (id == null) {
            return FormValidation.error(Messages.CodeArtsGlobalConfiguration_testNeedsCredentials());
        }
        String project = Util.fixEmptyAndTrim(projectId);
        if (project == null) {
            return FormValidation.error(Messages.CodeArtsGlobalConfiguration_testNeedsProject());
        }
        StandardCredentials credentials = CodeArtsConnector.findSystemCredentials(id);
        if (credentials == null) {
            return FormValidation.error(Messages.CodeArtsConnector_credentialsNotFound(id));
        }
        ConnectionSettings settings = new ConnectionSettings(Util.fixEmptyAndTrim(region) == null ? DEFAULT_REGION
                : region.trim(), Util.fixEmptyAndTrim(pipelineEndpoint), Util.fixEmptyAndTrim(ideEndpoint),
                Util.fixEmptyAndTrim(iamEndpoint), project, id, getDomainId());
        try {
            CodeArtsConnector.ConnectionCheck check = CodeArtsConnector.testConnection(settings, credentials);
            if (check.visiblePipelines() == 0) {
                return FormValidation.warning(Messages.CodeArtsGlobalConfiguration_testNoPipelines(project,
                        check.pipelineEndpoint()));
            }
            return FormValidation.ok(Messages.CodeArtsGlobalConfiguration_testOk(project, check.visiblePipelines(),
                    check.pipelineEndpoint()));
        } catch (RuntimeException e) {
            // Client exceptions carry operation, status, error code and request id, never credentials.
            return FormValidation.error(Messages.CodeArtsGlobalConfiguration_testFailed(e.getMessage()));
        }
    }
}
