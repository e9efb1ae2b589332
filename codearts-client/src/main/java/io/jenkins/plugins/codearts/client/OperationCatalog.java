package io.jenkins.plugins.codearts.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every documented CodeArts Pipeline and IDE Online operation (the 119 rows of {@code codearts-api-operations.tsv}),
 * plus the IAM token call the client makes itself.
 *
 * <p>Retry safety: GETs, POSTs that only read (list, show, query, status, logs) and idempotent decisions
 * (pass/refuse a review, stop a run, start/stop/keep alive an IDE runtime) are {@link RetrySafety#SAFE}. Everything
 * that creates, deletes, updates or starts work is {@link RetrySafety#UNSAFE}: it is only repeated when the
 * connection failed before the request was sent.
 */
public final class OperationCatalog {

    public static final Operation ASYNC_TSBOT_CHAT =
            new Operation("asyncTsbotChat", "POST", "/v1/codebreezetsbot/devmind/tsbot/async-chat", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation BATCH_SHOW_PIPELINE_STATUS =
            new Operation("batchShowPipelineStatus", "POST", "/v5/{project_id}/api/pipelines/status", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation BIND_PLUGIN_TO_PUBLISHER =
            new Operation("bindPluginToPublisher", "POST", "/v1/{domain_id}/agent-plugin/publish-plugin-bind", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CHECK_IDE_INSTANCE_ACCESS =
            new Operation("checkIdeInstanceAccess", "GET", "/v2/instances/{instance_id}/access", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation CHECK_IDE_INSTANCE_NAME_DUPLICATE =
            new Operation("checkIdeInstanceNameDuplicate", "GET", "/v2/instances/duplicate", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation CREATE_ACCEPTANCE =
            new Operation("createAcceptance", "POST", "/v2/aims/codemodelserver/code-generation/acceptance", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_BASIC_PLUGIN =
            new Operation("createBasicPlugin", "POST", "/v3/{domain_id}/extension/info/add", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_CODE_GENERATION_REQUEST =
            new Operation("createCodeGenerationRequest", "POST", "/v2/aims/codemodelserver/code-generation/request", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_EVENT =
            new Operation("createEvent", "POST", "/v2/aims/codemodelserver/management/event", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_EXTENSION_EVALUATION =
            new Operation("createExtensionEvaluation", "POST", "/v1/marketplace/extension/evaluation", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_EXTENSION_STAR =
            new Operation("createExtensionStar", "POST", "/v1/marketplace/star", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_IDE_INSTANCE =
            new Operation("createIdeInstance", "POST", "/v2/{org_id}/instances", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_JOIN_REQUEST =
            new Operation("createJoinRequest", "POST", "/v2/aims/codemodelserver/join-request", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_LOGIN =
            new Operation("createLogin", "POST", "/v2/aims/codemodelserver/code-generation/login", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PARTNER_IDE_INSTANCE =
            new Operation("createPartnerIdeInstance", "POST", "/v2/instances", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PIPELINE =
            new Operation("createPipeline", "POST", "/v5/{project_id}/api/pipelines", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PIPELINE_BY_TEMPLATE =
            new Operation("createPipelineByTemplate", "POST", "/v5/{project_id}/api/pipeline-templates/{template_id}/create-pipeline", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PIPELINE_GROUP =
            new Operation("createPipelineGroup", "POST", "/v5/{project_id}/api/pipeline-group/create", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PIPELINE_TEMPLATE =
            new Operation("createPipelineTemplate", "POST", "/v5/{tenant_id}/api/pipeline-templates", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PLUGIN_DRAFT =
            new Operation("createPluginDraft", "POST", "/v1/{domain_id}/agent-plugin/create-draft", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PLUGIN_VERSION =
            new Operation("createPluginVersion", "POST", "/v1/{domain_id}/agent-plugin/create", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_PUBLISHER =
            new Operation("createPublisher", "POST", "/v1/{domain_id}/publisher/create", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_RULE =
            new Operation("createRule", "POST", "/v2/{domain_id}/rules/create", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_TENANT_OPEN_SOURCE_RULE_SET =
            new Operation("createTenantOpenSourceRuleSet", "POST", "/v2/{domain_id}/tenant/open-source/rule-sets/create", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation CREATE_TENANT_RULE_SET =
            new Operation("createTenantRuleSet", "POST", "/v2/{domain_id}/tenant/rule-sets/create", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_BASIC_PLUGIN =
            new Operation("deleteBasicPlugin", "DELETE", "/v3/{domain_id}/extension/info/delete", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_EVALUATION =
            new Operation("deleteEvaluation", "DELETE", "/v1/marketplace/evaluation/{evaluation_id}", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation DELETE_EVALUATION_REPLY =
            new Operation("deleteEvaluationReply", "DELETE", "/v1/marketplace/evaluation/reply/{reply_id}", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation DELETE_IDE_INSTANCE =
            new Operation("deleteIdeInstance", "DELETE", "/v2/instances/{instance_id}", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation DELETE_PIPELINE =
            new Operation("deletePipeline", "DELETE", "/v5/{project_id}/api/pipelines/{pipeline_id}", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_PIPELINE_GROUP =
            new Operation("deletePipelineGroup", "DELETE", "/v5/{project_id}/api/pipeline-group/delete", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_PIPELINE_TEMPLATE =
            new Operation("deletePipelineTemplate", "DELETE", "/v5/{tenant_id}/api/pipeline-templates/{template_id}", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_PLUGIN_DRAFT =
            new Operation("deletePluginDraft", "DELETE", "/v1/{domain_id}/agent-plugin/delete-draft", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_PUBLISHER =
            new Operation("deletePublisher", "DELETE", "/v1/{domain_id}/publisher/delete", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_RULE =
            new Operation("deleteRule", "DELETE", "/v2/{domain_id}/rules/{rule_id}/delete", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_TENANT_OPEN_SOURCE_RULE_SET =
            new Operation("deleteTenantOpenSourceRuleSet", "DELETE", "/v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/delete", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation DELETE_TENANT_RULE_SET =
            new Operation("deleteTenantRuleSet", "DELETE", "/v2/{domain_id}/tenant/rule-sets/{rule_set_id}/delete", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation GET_TSBOT_CHAT_RESULT =
            new Operation("getTsbotChatResult", "POST", "/v1/codebreezetsbot/devmind/tsbot/async-get-chat-result", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_ALL_PLUGINS =
            new Operation("listAllPlugins", "POST", "/v1/{domain_id}/agent-plugin/query-all", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_AVAILABLE_PUBLISHERS =
            new Operation("listAvailablePublishers", "GET", "/v1/{domain_id}/publisher/optional-publisher", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_BASIC_PLUGINS =
            new Operation("listBasicPlugins", "GET", "/v1/{domain_id}/relation/plugin/single", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_EXTENSION_CATEGORIES =
            new Operation("listExtensionCategories", "GET", "/v1/marketplace/extension/category", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_EXTENSION_EVALUATIONS =
            new Operation("listExtensionEvaluations", "GET", "/v1/marketplace/feedback/evaluation", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_EXTENSION_STARS =
            new Operation("listExtensionStars", "GET", "/v1/marketplace/feedback/star", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_IDE_INSTANCES =
            new Operation("listIdeInstances", "GET", "/v2/instances", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_MY_PUBLISHERS =
            new Operation("listMyPublishers", "GET", "/v1/marketplace/publishers/mine", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_ORG_IDE_INSTANCES =
            new Operation("listOrgIdeInstances", "GET", "/v2/{org_id}/instances", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_PIPELINE_RUNS =
            new Operation("listPipelineRuns", "POST", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/list", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PIPELINE_TEMPLATES =
            new Operation("listPipelineTemplates", "POST", "/v5/{tenant_id}/api/pipeline-templates/list", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PIPELINES =
            new Operation("listPipelines", "POST", "/v5/{project_id}/api/pipelines/list", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PLUGIN_INPUTS =
            new Operation("listPluginInputs", "POST", "/v1/{domain_id}/agent-plugin/plugin-input", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PLUGIN_METRICS =
            new Operation("listPluginMetrics", "POST", "/v1/{domain_id}/agent-plugin/plugin-metrics", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PLUGIN_OUTPUTS =
            new Operation("listPluginOutputs", "POST", "/v1/{domain_id}/agent-plugin/plugin-output", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PLUGIN_VERSION_NUMBERS =
            new Operation("listPluginVersionNumbers", "GET", "/v1/{domain_id}/agent-plugin/all-version", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PLUGIN_VERSIONS_INFO =
            new Operation("listPluginVersionsInfo", "GET", "/v1/{domain_id}/agent-plugin/query", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PROJECT_OPEN_SOURCE_RULE_SETS =
            new Operation("listProjectOpenSourceRuleSets", "GET", "/v2/{project_id}/open-source/rule-sets/query", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PROJECT_RULE_SETS =
            new Operation("listProjectRuleSets", "GET", "/v2/{project_id}/rule-sets/query", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_PUBLISHERS =
            new Operation("listPublishers", "GET", "/v1/{domain_id}/publisher/query-all", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_RULES =
            new Operation("listRules", "GET", "/v2/{domain_id}/rules/query", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_SELECTABLE_PLUGINS_PAGED =
            new Operation("listSelectablePluginsPaged", "POST", "/v1/{domain_id}/relation/plugins", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_STACK_PRICES =
            new Operation("listStackPrices", "GET", "/v2/stacks/price", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_STACK_TEMPLATES =
            new Operation("listStackTemplates", "GET", "/v2/templates", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_STACKS =
            new Operation("listStacks", "GET", "/v2/stacks", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_STACKS_BY_TAG =
            new Operation("listStacksByTag", "GET", "/v2/stacks/tag", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation LIST_STAGE_PLUGINS =
            new Operation("listStagePlugins", "POST", "/v1/{domain_id}/relation/stage-plugins", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_TENANT_OPEN_SOURCE_RULE_SETS =
            new Operation("listTenantOpenSourceRuleSets", "GET", "/v2/{domain_id}/tenant/open-source/rule-sets/query", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation LIST_TENANT_RULE_SETS =
            new Operation("listTenantRuleSets", "GET", "/v2/{domain_id}/tenant/rule-sets/query", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation MOVE_PIPELINES_TO_GROUP =
            new Operation("movePipelinesToGroup", "POST", "/v5/{project_id}/api/pipeline-group/pipeline/move", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation PASS_MANUAL_REVIEW =
            new Operation("passManualReview", "POST", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/{pipeline_run_id}/jobs/{job_run_id}/steps/{step_run_id}/pass", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation PUBLISH_EXTENSION =
            new Operation("publishExtension", "POST", "/v1/marketplace/extension/{task_id}/archiving", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation PUBLISH_PLUGIN =
            new Operation("publishPlugin", "POST", "/v1/{domain_id}/agent-plugin/publish-plugin", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation PUBLISH_PLUGIN_DRAFT =
            new Operation("publishPluginDraft", "POST", "/v1/{domain_id}/agent-plugin/publish-draft", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation QUERY_EXTENSIONS =
            new Operation("queryExtensions", "POST", "/v1/marketplace/extension/extensionquery", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation REFRESH_IDE_INSTANCE_ACTIVITY =
            new Operation("refreshIdeInstanceActivity", "PUT", "/v2/instances/{instance_id}/activity", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation REFUSE_MANUAL_REVIEW =
            new Operation("refuseManualReview", "POST", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/{pipeline_run_id}/jobs/{job_run_id}/steps/{step_run_id}/refuse", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation REPLY_EVALUATION =
            new Operation("replyEvaluation", "POST", "/v1/marketplace/extension/evaluation/reply", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation REPORT_EVALUATION =
            new Operation("reportEvaluation", "POST", "/v1/marketplace/extension/evaluation/accusation", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation RETRY_PIPELINE_RUN =
            new Operation("retryPipelineRun", "PUT", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/{pipeline_run_id}/retry", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation RUN_PIPELINE =
            new Operation("runPipeline", "POST", "/v5/{project_id}/api/pipelines/{pipeline_id}/run", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation SET_EXTENSION_AUTHORIZATION =
            new Operation("setExtensionAuthorization", "POST", "/v2/extension/authorization/{instance_id}", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation SHOW_ACCOUNT_STATUS =
            new Operation("showAccountStatus", "GET", "/v2/permission/account/status", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_BASIC_PLUGIN_DETAIL =
            new Operation("showBasicPluginDetail", "GET", "/v3/{domain_id}/extension/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_CODE_GENERATION_RESULT =
            new Operation("showCodeGenerationResult", "GET", "/v2/aims/codemodelserver/code-generation/results", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_EXTENSION_AUTHORIZATION =
            new Operation("showExtensionAuthorization", "GET", "/v2/extension/authorization", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_EXTENSION_CHECK_RESULT =
            new Operation("showExtensionCheckResult", "GET", "/v1/marketplace/extension/{task_id}/status", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_EXTENSION_DETAILS =
            new Operation("showExtensionDetails", "POST", "/v1/marketplace/extension/public/detail", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_IDE_INSTANCE =
            new Operation("showIdeInstance", "GET", "/v2/instances/{instance_id}", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_IDE_INSTANCE_STATUS =
            new Operation("showIdeInstanceStatus", "GET", "/v2/instances/{instance_id}/status", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation SHOW_PIPELINE_GROUP_TREE =
            new Operation("showPipelineGroupTree", "GET", "/v5/{project_id}/api/pipeline-group/tree", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_PIPELINE_RUN_DETAIL =
            new Operation("showPipelineRunDetail", "GET", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_PIPELINE_TEMPLATE_DETAIL =
            new Operation("showPipelineTemplateDetail", "GET", "/v5/{tenant_id}/api/pipeline-templates/{template_id}", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_PLUGIN_VERSION_DETAIL =
            new Operation("showPluginVersionDetail", "GET", "/v1/{domain_id}/agent-plugin/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_PROJECT_OPEN_SOURCE_RULE_SET_DETAIL =
            new Operation("showProjectOpenSourceRuleSetDetail", "GET", "/v2/{project_id}/open-source/rule-sets/{rule_set_id}/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_PROJECT_RULE_SET_DETAIL =
            new Operation("showProjectRuleSetDetail", "GET", "/v2/{project_id}/rule-sets/{rule_set_id}/gray/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_PUBLISHER_DETAILS =
            new Operation("showPublisherDetails", "POST", "/v1/{domain_id}/publisher/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_RULE_DETAIL =
            new Operation("showRuleDetail", "GET", "/v2/{domain_id}/rules/{rule_id}/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_STEP_LOGS =
            new Operation("showStepLogs", "POST", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/{pipeline_run_id}/jobs/{job_run_id}/steps/{step_run_id}/logs", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_TENANT_OPEN_SOURCE_RULE_SET_DETAIL =
            new Operation("showTenantOpenSourceRuleSetDetail", "GET", "/v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SHOW_TENANT_RULE_SET_DETAIL =
            new Operation("showTenantRuleSetDetail", "GET", "/v2/{domain_id}/tenant/rule-sets/{rule_set_id}/detail", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation START_IDE_INSTANCE =
            new Operation("startIdeInstance", "PUT", "/v2/instances/{instance_id}/runtime", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation START_TSBOT_CHAT =
            new Operation("startTsbotChat", "POST", "/v1/codebreezetsbot/devmind/tsbot/start-chat", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation STOP_IDE_INSTANCE =
            new Operation("stopIdeInstance", "DELETE", "/v2/instances/{instance_id}/runtime", CloudService.IDE, RetrySafety.SAFE);
    public static final Operation STOP_PIPELINE_RUN =
            new Operation("stopPipelineRun", "POST", "/v5/{project_id}/api/pipelines/{pipeline_id}/pipeline-runs/{pipeline_run_id}/stop", CloudService.PIPELINE, RetrySafety.SAFE);
    public static final Operation SWITCH_TENANT_OPEN_SOURCE_RULE_SET =
            new Operation("switchTenantOpenSourceRuleSet", "PUT", "/v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/switch", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation SWITCH_TENANT_RULE_SET =
            new Operation("switchTenantRuleSet", "PUT", "/v2/{domain_id}/tenant/rule-sets/{rule_set_id}/switch", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_BASIC_PLUGIN =
            new Operation("updateBasicPlugin", "POST", "/v3/{domain_id}/extension/info/update", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_IDE_INSTANCE =
            new Operation("updateIdeInstance", "PUT", "/v2/instances/{instance_id}", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_PIPELINE_GROUP =
            new Operation("updatePipelineGroup", "POST", "/v5/{project_id}/api/pipeline-group/update", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_PIPELINE_TEMPLATE =
            new Operation("updatePipelineTemplate", "PUT", "/v5/{tenant_id}/api/pipeline-templates/{template_id}", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_PLUGIN_DRAFT =
            new Operation("updatePluginDraft", "POST", "/v1/{domain_id}/agent-plugin/edit-draft", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_PLUGIN_INFO =
            new Operation("updatePluginInfo", "POST", "/v1/{domain_id}/agent-plugin/update-info", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_RULE =
            new Operation("updateRule", "PUT", "/v2/{domain_id}/rules/{rule_id}/update", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_TENANT_OPEN_SOURCE_RULE_SET =
            new Operation("updateTenantOpenSourceRuleSet", "PUT", "/v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/update", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPDATE_TENANT_RULE_SET =
            new Operation("updateTenantRuleSet", "PUT", "/v2/{domain_id}/tenant/rule-sets/{rule_set_id}/update", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPLOAD_BASIC_PLUGIN =
            new Operation("uploadBasicPlugin", "POST", "/v3/{domain_id}/extension/upload", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPLOAD_FILE_CHUNK =
            new Operation("uploadFileChunk", "POST", "/v2/fileservice/file/upload", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation UPLOAD_MARKETPLACE_PLUGIN =
            new Operation("uploadMarketplacePlugin", "POST", "/v1/marketplace/file/plugin", CloudService.IDE, RetrySafety.UNSAFE);
    public static final Operation UPLOAD_PLUGIN_ICON =
            new Operation("uploadPluginIcon", "POST", "/v1/{domain_id}/common/upload-plugin-icon", CloudService.PIPELINE, RetrySafety.UNSAFE);
    public static final Operation UPLOAD_PUBLISHER_ICON =
            new Operation("uploadPublisherIcon", "POST", "/v1/{domain_id}/common/upload-publisher-icon", CloudService.PIPELINE, RetrySafety.UNSAFE);

    /** IAM password-token call; not part of the two CodeArts documents, so not listed by {@link #documented()}. */
    public static final Operation CREATE_IAM_TOKEN =
            new Operation("createIamToken", "POST", "/v3/auth/tokens", CloudService.IAM, RetrySafety.SAFE);

    private static final List<Operation> DOCUMENTED = List.of(
            ASYNC_TSBOT_CHAT,
            BATCH_SHOW_PIPELINE_STATUS,
            BIND_PLUGIN_TO_PUBLISHER,
            CHECK_IDE_INSTANCE_ACCESS,
            CHECK_IDE_INSTANCE_NAME_DUPLICATE,
            CREATE_ACCEPTANCE,
            CREATE_BASIC_PLUGIN,
            CREATE_CODE_GENERATION_REQUEST,
            CREATE_EVENT,
            CREATE_EXTENSION_EVALUATION,
            CREATE_EXTENSION_STAR,
            CREATE_IDE_INSTANCE,
            CREATE_JOIN_REQUEST,
            CREATE_LOGIN,
            CREATE_PARTNER_IDE_INSTANCE,
            CREATE_PIPELINE,
            CREATE_PIPELINE_BY_TEMPLATE,
            CREATE_PIPELINE_GROUP,
            CREATE_PIPELINE_TEMPLATE,
            CREATE_PLUGIN_DRAFT,
            CREATE_PLUGIN_VERSION,
            CREATE_PUBLISHER,
            CREATE_RULE,
            CREATE_TENANT_OPEN_SOURCE_RULE_SET,
            CREATE_TENANT_RULE_SET,
            DELETE_BASIC_PLUGIN,
            DELETE_EVALUATION,
            DELETE_EVALUATION_REPLY,
            DELETE_IDE_INSTANCE,
            DELETE_PIPELINE,
            DELETE_PIPELINE_GROUP,
            DELETE_PIPELINE_TEMPLATE,
            DELETE_PLUGIN_DRAFT,
            DELETE_PUBLISHER,
            DELETE_RULE,
            DELETE_TENANT_OPEN_SOURCE_RULE_SET,
            DELETE_TENANT_RULE_SET,
            GET_TSBOT_CHAT_RESULT,
            LIST_ALL_PLUGINS,
            LIST_AVAILABLE_PUBLISHERS,
            LIST_BASIC_PLUGINS,
            LIST_EXTENSION_CATEGORIES,
            LIST_EXTENSION_EVALUATIONS,
            LIST_EXTENSION_STARS,
            LIST_IDE_INSTANCES,
            LIST_MY_PUBLISHERS,
            LIST_ORG_IDE_INSTANCES,
            LIST_PIPELINE_RUNS,
            LIST_PIPELINE_TEMPLATES,
            LIST_PIPELINES,
            LIST_PLUGIN_INPUTS,
            LIST_PLUGIN_METRICS,
            LIST_PLUGIN_OUTPUTS,
            LIST_PLUGIN_VERSION_NUMBERS,
            LIST_PLUGIN_VERSIONS_INFO,
            LIST_PROJECT_OPEN_SOURCE_RULE_SETS,
            LIST_PROJECT_RULE_SETS,
            LIST_PUBLISHERS,
            LIST_RULES,
            LIST_SELECTABLE_PLUGINS_PAGED,
            LIST_STACK_PRICES,
            LIST_STACK_TEMPLATES,
            LIST_STACKS,
            LIST_STACKS_BY_TAG,
            LIST_STAGE_PLUGINS,
            LIST_TENANT_OPEN_SOURCE_RULE_SETS,
            LIST_TENANT_RULE_SETS,
            MOVE_PIPELINES_TO_GROUP,
            PASS_MANUAL_REVIEW,
            PUBLISH_EXTENSION,
            PUBLISH_PLUGIN,
            PUBLISH_PLUGIN_DRAFT,
            QUERY_EXTENSIONS,
            REFRESH_IDE_INSTANCE_ACTIVITY,
            REFUSE_MANUAL_REVIEW,
            REPLY_EVALUATION,
            REPORT_EVALUATION,
            RETRY_PIPELINE_RUN,
            RUN_PIPELINE,
            SET_EXTENSION_AUTHORIZATION,
            SHOW_ACCOUNT_STATUS,
            SHOW_BASIC_PLUGIN_DETAIL,
            SHOW_CODE_GENERATION_RESULT,
            SHOW_EXTENSION_AUTHORIZATION,
            SHOW_EXTENSION_CHECK_RESULT,
            SHOW_EXTENSION_DETAILS,
            SHOW_IDE_INSTANCE,
            SHOW_IDE_INSTANCE_STATUS,
            SHOW_PIPELINE_GROUP_TREE,
            SHOW_PIPELINE_RUN_DETAIL,
            SHOW_PIPELINE_TEMPLATE_DETAIL,
            SHOW_PLUGIN_VERSION_DETAIL,
            SHOW_PROJECT_OPEN_SOURCE_RULE_SET_DETAIL,
            SHOW_PROJECT_RULE_SET_DETAIL,
            SHOW_PUBLISHER_DETAILS,
            SHOW_RULE_DETAIL,
            SHOW_STEP_LOGS,
            SHOW_TENANT_OPEN_SOURCE_RULE_SET_DETAIL,
            SHOW_TENANT_RULE_SET_DETAIL,
            START_IDE_INSTANCE,
            START_TSBOT_CHAT,
            STOP_IDE_INSTANCE,
            STOP_PIPELINE_RUN,
            SWITCH_TENANT_OPEN_SOURCE_RULE_SET,
            SWITCH_TENANT_RULE_SET,
            UPDATE_BASIC_PLUGIN,
            UPDATE_IDE_INSTANCE,
            UPDATE_PIPELINE_GROUP,
            UPDATE_PIPELINE_TEMPLATE,
            UPDATE_PLUGIN_DRAFT,
            UPDATE_PLUGIN_INFO,
            UPDATE_RULE,
            UPDATE_TENANT_OPEN_SOURCE_RULE_SET,
            UPDATE_TENANT_RULE_SET,
            UPLOAD_BASIC_PLUGIN,
            UPLOAD_FILE_CHUNK,
            UPLOAD_MARKETPLACE_PLUGIN,
            UPLOAD_PLUGIN_ICON,
            UPLOAD_PUBLISHER_ICON);

    private static final Map<String, Operation> BY_NAME;

    static {
        Map<String, Operation> byName = new LinkedHashMap<>();
        for (Operation operation : DOCUMENTED) {
            byName.put(operation.name(), operation);
        }
        byName.put(CREATE_IAM_TOKEN.name(), CREATE_IAM_TOKEN);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private static final OperationCatalog INSTANCE = new OperationCatalog();

    private OperationCatalog() {
    }

    /** The shared catalogue. */
    public static OperationCatalog instance() {
        return INSTANCE;
    }

    /** The 119 operations of the two CodeArts documents, alphabetically. */
    public List<Operation> documented() {
        return DOCUMENTED;
    }

    /** Every operation the client knows: the documented ones plus {@link #CREATE_IAM_TOKEN}. */
    public List<Operation> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** Looks an operation up by its name ({@code runPipeline}); empty when the name is unknown. */
    public Optional<Operation> find(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /**
     * Looks an operation up by its name.
     *
     * @throws CodeArtsInvalidArgumentException naming the unknown operation and the closest known names
     */
    public Operation require(String name) {
        return find(name).orElseThrow(() -> new CodeArtsInvalidArgumentException(
                "operation", String.valueOf(name),
                "is not a known CodeArts operation; known operations look like 'runPipeline' or 'showIdeInstanceStatus'"
                        + closestNames(name)));
    }

    private static String closestNames(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        List<String> close = BY_NAME.keySet().stream()
                .filter(known -> known.toLowerCase(java.util.Locale.ROOT).contains(lower)
                        || lower.contains(known.toLowerCase(java.util.Locale.ROOT)))
                .limit(5)
                .toList();
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }
}
