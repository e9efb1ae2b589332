package io.jenkins.plugins.codearts.emulator;

/**
 * The built-in demo account: credentials the emulator accepts and the ids of the demo data. These are demo values
 * and safe to print, but {@link #toString()} still masks the secret key and password so the habit holds.
 *
 * @param accessKey AK for AK/SK signing
 * @param secretKey SK for AK/SK signing
 * @param domainName IAM account (domain) name for password login
 * @param userName IAM user name for password login
 * @param password IAM password for password login
 * @param domainId account id, also the IDE API's {@code org_id} and the Pipeline {@code tenant_id}/{@code domain_id}
 * @param userId IAM user id
 * @param iamProjectId IAM project id (the {@code X-Project-Id} header)
 * @param region the region name the IAM project stands for
 * @param projectId CodeArts project id used in the {@code /v5/{project_id}} paths
 * @param demoPipelineId the three-stage pipeline (build, test, manual review, deploy) that succeeds once reviewed
 * @param failingPipelineId a pipeline whose test job fails
 * @param demoStackId a tech stack id accepted by createIdeInstance
 * @param demoTemplateId a pipeline template id accepted by createPipelineByTemplate
 */
public record DemoAccount(String accessKey, String secretKey, String domainName, String userName, String password,
                          String domainId, String userId, String iamProjectId, String region, String projectId,
                          String demoPipelineId, String failingPipelineId, String demoStackId,
                          String demoTemplateId) {

    /** Without a template id (the built-in demo template is used); kept for callers written before it existed. */
    public DemoAccount(String accessKey, String secretKey, String domainName, String userName, String password,
                       String domainId, String userId, String iamProjectId, String region, String projectId,
                       String demoPipelineId, String failingPipelineId, String demoStackId) {
        this(accessKey, secretKey, domainName, userName, password, domainId, userId, iamProjectId, region, projectId,
                demoPipelineId, failingPipelineId, demoStackId, "3c7d2e9f0a1b4c5d8e6f7a2b9c0d1e4f");
    }

    @Override
    public String toString() {
        return "DemoAccount[accessKey=" + accessKey + ", secretKey=****, domainName=" + domainName + ", userName="
                + userName + ", password=****, domainId=" + domainId + ", userId=" + userId + ", iamProjectId="
                + iamProjectId + ", region=" + region + ", projectId=" + projectId + ", demoPipelineId="
                + demoPipelineId + ", failingPipelineId=" + failingPipelineId + ", demoStackId=" + demoStackId + ", demoTemplateId=" + demoTemplateId + "]";
    }
}
