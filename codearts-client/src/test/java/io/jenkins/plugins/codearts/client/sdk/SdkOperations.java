package io.jenkins.plugins.codearts.client.sdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the official SDK (huaweicloud-sdk-codeartspipeline and -cloudide 3.1.130) names our operations. The pairs
 * were found by matching each SDK operation's method and path template with those of the 119 documented
 * operations; {@link SdkOperationMapTest} checks them against the SDK's own request definitions.
 */
final class SdkOperations {

    /** Our operation name to the SDK client method: 110 of our 119 operations. */
    static final Map<String, String> MAPPED = pairs(
            "asyncTsbotChat", "syncChat",
            "batchShowPipelineStatus", "batchShowPipelinesLatestStatus",
            "bindPluginToPublisher", "publishPluginBind",
            "checkIdeInstanceAccess", "checkInstanceAccess",
            "checkIdeInstanceNameDuplicate", "checkName",
            "createAcceptance", "createAcceptance",
            "createBasicPlugin", "createBasicPlugin",
            "createCodeGenerationRequest", "createRequest",
            "createEvent", "createEvent",
            "createExtensionEvaluation", "addExtensionEvaluation",
            "createExtensionStar", "addExtensionStar",
            "createIdeInstance", "createInstance",
            "createJoinRequest", "createApply",
            "createLogin", "createLogin",
            "createPartnerIdeInstance", "createInstanceBy3rd",
            "createPipeline", "createPipelineNew",
            "createPipelineByTemplate", "createPipelineByTemplateId",
            "createPipelineGroup", "createPipelineGroup",
            "createPipelineTemplate", "createPipelineTemplate",
            "createPluginDraft", "createPluginDraft",
            "createPluginVersion", "createPluginVersion",
            "createPublisher", "createPublisher",
            "createRule", "createRule",
            "createTenantRuleSet", "createStrategy",
            "deleteBasicPlugin", "deleteBasicPlugin",
            "deleteEvaluation", "deleteEvaluation",
            "deleteEvaluationReply", "deleteEvaluationReply",
            "deleteIdeInstance", "deleteInstance",
            "deletePipeline", "deletePipeline",
            "deletePipelineGroup", "deletePipelineGroup",
            "deletePipelineTemplate", "deletePipelineTemplate",
            "deletePluginDraft", "deletePluginDraft",
            "deletePublisher", "deletePublisher",
            "deleteRule", "deleteRule",
            "deleteTenantRuleSet", "deleteStrategy",
            "getTsbotChatResult", "syncGetChatResult",
            "listAllPlugins", "listPlugins",
            "listAvailablePublishers", "listAvailablePublisher",
            "listBasicPlugins", "listBasePlugins",
            "listExtensionCategories", "showCategoryList",
            "listExtensionEvaluations", "showExtensionEvaluation",
            "listExtensionStars", "showExtensionEvaluationStar",
            "listIdeInstances", "listInstances",
            "listMyPublishers", "listPublisher",
            "listOrgIdeInstances", "listOrgInstances",
            "listPipelineRuns", "listPipelineRuns",
            "listPipelineTemplates", "listPipelineTemplates",
            "listPipelines", "listPipelines",
            "listPluginInputs", "showPluginInputs",
            "listPluginMetrics", "showPluginMetrics",
            "listPluginOutputs", "showPluginOutputs",
            "listPluginVersionNumbers", "listPluginVersionNumber",
            "listPluginVersionsInfo", "listPLuginVersion",
            "listProjectRuleSets", "listProjectStrategy",
            "listPublishers", "listPublisher",
            "listRules", "listRule",
            "listSelectablePluginsPaged", "listBasePluginsNewPost",
            "listStackPrices", "showPrice",
            "listStackTemplates", "listProjectTemplates",
            "listStacksByTag", "listStacks",
            "listStagePlugins", "listStagePlugins",
            "listTenantRuleSets", "listStrategy",
            "movePipelinesToGroup", "batchMovePipelineToGroup",
            "passManualReview", "acceptManualReview",
            "publishExtension", "publishExtension",
            "publishPlugin", "publishPlugin",
            "publishPluginDraft", "publishPluginDraft",
            "queryExtensions", "listExtensions",
            "refreshIdeInstanceActivity", "updateInstanceActivity",
            "refuseManualReview", "rejectManualReview",
            "replyEvaluation", "addExtensionEvaluationReply",
            "reportEvaluation", "checkMaliciousExtensionEvaluation",
            "retryPipelineRun", "retryPipelineRun",
            "runPipeline", "runPipeline",
            "setExtensionAuthorization", "createExtensionAuthorization",
            "showAccountStatus", "showAccountStatus",
            "showBasicPluginDetail", "showBasicPlugin",
            "showCodeGenerationResult", "showResult",
            "showExtensionAuthorization", "showExtensionAuthorization",
            "showExtensionCheckResult", "showExtensionTestingResult",
            "showExtensionDetails", "showExtensionDetail",
            "showIdeInstance", "showInstance",
            "showIdeInstanceStatus", "showInstanceStatusInfo",
            "showPipelineGroupTree", "showPipelineGroupTree",
            "showPipelineRunDetail", "showPipelineRunDetail",
            "showPipelineTemplateDetail", "showPipelineTemplateDetail",
            "showPluginVersionDetail", "showPluginVersion",
            "showProjectRuleSetDetail", "showProjectStrategy",
            "showPublisherDetails", "showPublisher",
            "showRuleDetail", "showRule",
            "showStepLogs", "showPipelineLog",
            "showTenantRuleSetDetail", "showStrategy",
            "startIdeInstance", "startInstance",
            "startTsbotChat", "startChat",
            "stopIdeInstance", "stopInstance",
            "stopPipelineRun", "stopPipelineRun",
            "switchTenantRuleSet", "switchStrategy",
            "updateBasicPlugin", "updateBasicPlugin",
            "updateIdeInstance", "updateInstance",
            "updatePipelineGroup", "updatePipelineGroup",
            "updatePipelineTemplate", "updatePipelineTemplate",
            "updatePluginDraft", "updatePluginDraft",
            "updatePluginInfo", "updatePluginBaseInfo",
            "updateRule", "updateRule",
            "updateTenantRuleSet", "updateStrategy",
            "uploadBasicPlugin", "uploadBasicPlugin",
            "uploadFileChunk", "uploadFilePublisher",
            "uploadMarketplacePlugin", "uploadExtensionFile",
            "uploadPluginIcon", "uploadPluginIcon",
            "uploadPublisherIcon", "uploadPublisherIcon");

    /**
     * Our 9 operations the SDK does not offer (the open-source rule sets and the stack list); the SDK's
     * {@code listStacks} is our {@code listStacksByTag}.
     */
    static final java.util.Set<String> NOT_IN_SDK = java.util.Set.of(
            "createTenantOpenSourceRuleSet", "deleteTenantOpenSourceRuleSet", "listProjectOpenSourceRuleSets",
            "listTenantOpenSourceRuleSets", "showProjectOpenSourceRuleSetDetail", "showTenantOpenSourceRuleSetDetail",
            "switchTenantOpenSourceRuleSet", "updateTenantOpenSourceRuleSet", "listStacks");

    /** The 15 SDK operations outside the documents, and not implemented: docs/api-notes.md lists them. */
    static final java.util.Set<String> SDK_ONLY = java.util.Set.of(
            "batchShowPipelinesStatus", "createPipelineByTemplate", "listPipelineSimpleInfo",
            "listPipleineBuildResult", "listTemplates", "removePipeline", "showInstanceStatus",
            "showPipelineArtifacts", "showPipelineDetail", "showPipleineStatus", "showStepOutputs",
            "showTemplateDetail", "startNewPipeline", "stopPipelineNew", "updatePipelineInfo");

    private SdkOperations() {
    }

    private static Map<String, String> pairs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
