package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.authorization.ExtensionAuthorizationStatus;
import io.jenkins.plugins.codearts.client.ide.model.authorization.SetExtensionAuthorizationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationCreated;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationStatus;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateStarRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.Evaluation;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.EvaluationThread;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionPublishResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionStar;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FileChunkUpload;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FilterCriterion;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplaceExtension;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplacePublisher;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReplyEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.AsyncChatRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatStarted;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatSubmitted;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.StartChatRequest;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.CreatePublisherRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListAllPluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginBasic;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginExecutionInfo;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginDraftRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.Publisher;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.CreatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.PipelineGroup;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.UpdatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.CreateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleContent;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.VersionRule;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.VersionSetPolicy;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleContent;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleProperty;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.CreateTenantRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetBrief;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetFilter;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetRuleRef;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.ListPipelineTemplatesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateId;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateSummary;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chapter APIs against the team's emulator over loopback, signed with the demo account's AK/SK: each test walks
 * one chapter's life cycle (create, read, list lazily, change, delete) so that client and emulator agree on paths,
 * bodies and shapes end to end.
 */
class ChapterEmulatorTest {

    private static CodeArtsEmulator emulator;
    private static CodeArtsClient client;
    private static DemoAccount demo;

    @BeforeAll
    static void start() {
        emulator = CodeArtsEmulator.builder().port(0).build().start();
        demo = emulator.demo();
        client = CodeArtsClient.create(CodeArtsConfig.builder()
                .region(demo.region())
                .credentials(AkSkCredentials.of(demo.accessKey(), demo.secretKey()))
                .iamProjectId(demo.iamProjectId())
                .pipelineEndpoint(emulator.baseUrl())
                .ideEndpoint(emulator.baseUrl())
                .iamEndpoint(emulator.baseUrl())
                .retryPolicy(RetryPolicy.none())
                .build());
    }

    @AfterAll
    static void stop() {
        client.close();
        emulator.close();
    }

    @Test
    void templateLifeCycle() {
        var templates = client.pipeline().templates();
        PipelineTemplateRequest request = PipelineTemplateRequest.builder().name("coverage-template").language("Java")
                .definition("{\"stages\":[]}").isSystem(false).domainId(demo.domainId()).isShowSource(true)
                .variables(List.of()).build();

        PipelineTemplateId created = templates.createPipelineTemplate(demo.domainId(), request);
        assertThat(created.templateId()).isNotBlank();
        assertThat(templates.showPipelineTemplateDetail(demo.domainId(), created.templateId()).name())
                .isEqualTo("coverage-template");
        List<PipelineTemplateSummary> all = templates.iteratePipelineTemplates(demo.domainId(),
                ListPipelineTemplatesRequest.builder().build(), 1).toList();
        assertThat(all).extracting(PipelineTemplateSummary::id).contains(created.templateId());

        templates.updatePipelineTemplate(demo.domainId(), created.templateId(),
                PipelineTemplateRequest.builder().name("coverage-template-2").language("Java")
                        .definition("{\"stages\":[]}").isSystem(false).domainId(demo.domainId()).isShowSource(false)
                        .build());
        assertThat(templates.showPipelineTemplateDetail(demo.domainId(), created.templateId()).name())
                .isEqualTo("coverage-template-2");
        assertThat(templates.deletePipelineTemplate(demo.domainId(), created.templateId()).templateId())
                .isEqualTo(created.templateId());
    }

    @Test
    void groupLifeCycle() {
        var groups = client.pipeline().groups();
        PipelineGroup parent = groups.createPipelineGroup(demo.projectId(),
                new CreatePipelineGroupRequest("coverage-parent", demo.projectId(), ""));
        PipelineGroup child = groups.createPipelineGroup(demo.projectId(),
                new CreatePipelineGroupRequest("coverage-child", demo.projectId(), parent.id()));
        assertThat(child.pathId()).isEqualTo(parent.id() + "." + child.id());

        assertThat(groups.updatePipelineGroup(demo.projectId(), new UpdatePipelineGroupRequest("renamed", child.id()))
                .success()).isTrue();
        List<PipelineGroup> tree = groups.showPipelineGroupTree(demo.projectId());
        PipelineGroup parentInTree = tree.stream().filter(g -> g.id().equals(parent.id())).findFirst().orElseThrow();
        assertThat(parentInTree.children()).extracting(PipelineGroup::name).containsExactly("renamed");

        assertThat(groups.deletePipelineGroup(demo.projectId(), child.id()).success()).isTrue();
        assertThat(groups.deletePipelineGroup(demo.projectId(), parent.id()).success()).isTrue();
    }

    @Test
    void ruleAndRuleSetLifeCycle() {
        var rules = client.pipeline().rules();
        RuleRequest request = RuleRequest.builder().type("Build").name("coverage-rule").layoutContent("layout_content")
                .pluginId("official_devcloud_cloudBuild").pluginName("official_devcloud_cloudBuild")
                .pluginVersion("0.0.15").content(List.of(new RuleContent("MavenUnitTest", null, null,
                        List.of(new RuleProperty("build.PassRatio", "judge", "PassRatio", "=", "0.1", "float")))))
                .build();
        RuleChangeResult created = rules.createRule(demo.domainId(), request);
        assertThat(created.status()).isTrue();
        assertThat(rules.showRuleDetail(demo.domainId(), created.ruleId()).content().get(0).properties())
                .extracting(RuleProperty::key).containsExactly("build.PassRatio");
        assertThat(rules.iterateRules(demo.domainId(), null, null, null, 1).toList())
                .extracting(RuleSummary::id).contains(created.ruleId());

        var ruleSets = client.pipeline().tenantRuleSets();
        RuleSetChangeResult set = ruleSets.createTenantRuleSet(demo.domainId(),
                new CreateTenantRuleSetRequest("coverage-policy", List.of(new RuleSetRuleRef(created.ruleId(), true))));
        assertThat(set.status()).isTrue();
        assertThat(ruleSets.showTenantRuleSetDetail(demo.domainId(), set.ruleSetId(), null).name())
                .isEqualTo("coverage-policy");
        assertThat(ruleSets.switchTenantRuleSet(demo.domainId(), set.ruleSetId(), false).status()).isTrue();
        assertThat(ruleSets.iterateTenantRuleSets(demo.domainId(), RuleSetFilter.including(true), 2).toList())
                .extracting(RuleSetBrief::id).contains(set.ruleSetId());
        assertThat(ruleSets.deleteTenantRuleSet(demo.domainId(), set.ruleSetId()).status()).isTrue();
        assertThat(rules.deleteRule(demo.domainId(), created.ruleId()).status()).isTrue();

        assertThat(client.pipeline().projectRuleSets().listProjectRuleSets(demo.projectId(),
                RuleSetFilter.including(true), 0, 10).data()).isNotNull();
    }

    @Test
    void openSourcePolicyLifeCycle() {
        var policies = client.pipeline().tenantOpenSourceRuleSets();
        OpenSourceRuleContent content = new OpenSourceRuleContent(new VersionSetPolicy(true,
                List.of(new VersionRule(true, "Maven", "log4j-core", "2.14.1", "", "eq"))), null, null);
        RuleSetChangeResult created = policies.createTenantOpenSourceRuleSet(demo.domainId(),
                new CreateTenantOpenSourceRuleSetRequest("coverage-oss", content));
        assertThat(created.status()).isTrue();
        assertThat(policies.showTenantOpenSourceRuleSetDetail(demo.domainId(), created.ruleSetId()).content()
                .versionSet().rules()).extracting(VersionRule::packageName).containsExactly("log4j-core");
        assertThat(policies.switchTenantOpenSourceRuleSet(demo.domainId(), created.ruleSetId(), false).status()).isTrue();
        assertThat(policies.iterateTenantOpenSourceRuleSets(demo.domainId(), null, null, 1).toList())
                .extracting(OpenSourceRuleSetSummary::id).contains(created.ruleSetId());
        assertThat(policies.deleteTenantOpenSourceRuleSet(demo.domainId(), created.ruleSetId()).status()).isTrue();

        assertThat(client.pipeline().projectOpenSourceRuleSets().listProjectOpenSourceRuleSets(demo.projectId(), true,
                null, null, 0, 15).data()).isNotNull();
    }

    @Test
    void pluginAndPublisherLifeCycle() {
        var extensions = client.pipeline().extensions();
        PluginVersionRequest draft = PluginVersionRequest.builder().pluginName("coverage_plugin")
                .displayName("Coverage plug-in").businessType("Normal").version("0.0.1").runtimeAttributes("agent")
                .executionInfo(new PluginExecutionInfo(null)).inputInfo(List.of()).build();
        assertThat(extensions.createPluginDraft(demo.domainId(), draft)).isTrue();
        assertThat(extensions.publishPluginDraft(demo.domainId(), PublishPluginDraftRequest.builder()
                .pluginName("coverage_plugin").version("0.0.1").build())).isTrue();
        assertThat(extensions.iterateAllPlugins(demo.domainId(), ListAllPluginsRequest.builder().build(), 2).toList())
                .extracting(PluginBasic::pluginName).contains("coverage_plugin");
        assertThat(extensions.listPluginVersionNumbers(demo.domainId(), "coverage_plugin", 0, 999).data())
                .contains("0.0.1");
        assertThat(extensions.uploadPluginIcon(demo.domainId(), "coverage_plugin", UploadFile.of("icon.png",
                new ByteArrayInputStream("png".getBytes(StandardCharsets.US_ASCII)), 3, "image/png")))
                .contains("icon_type=plugin");

        var publishers = client.pipeline().publishers();
        assertThat(publishers.createPublisher(demo.domainId(), CreatePublisherRequest.builder().name("coverage")
                .enName("coverage").supportUrl("support@example.com").build())).isTrue();
        List<Publisher> all = publishers.iteratePublishers(demo.domainId(), null, 1).toList();
        Publisher mine = all.stream().filter(p -> "coverage".equals(p.enName())).findFirst().orElseThrow();
        assertThat(publishers.showPublisherDetails(demo.domainId(), List.of(mine.publisherUniqueId()))
                .publisherDetailMap()).containsKey(mine.publisherUniqueId());
        assertThat(publishers.deletePublisher(demo.domainId(), mine.publisherUniqueId())).isTrue();
    }

    @Test
    void ideCatalogueMarketplaceAndAssistants() {
        var ide = client.ide();
        assertThat(ide.stacks().listStacksByTag(List.of()).stack().stackList()).isNotEmpty();
        assertThat(ide.stacks().listStackPrices().prices()).isNotEmpty();
        assertThat(ide.templates().listStackTemplates("all", null).templates()).isNotNull();
        assertThat(ide.account().showAccountStatus().result()).isNotNull();

        // plug-in authorisation belongs to an existing instance: the emulator answers 404 for an unknown one
        String instanceId = ide.instances().createIdeInstance(demo.domainId(),
                CreateIdeInstanceRequest.of("coverage-authorization", demo.demoStackId(), "2U4G", "5GB", "30")).id();
        ide.extensionAuthorization().setExtensionAuthorization(instanceId, new SetExtensionAuthorizationRequest("1.0.1",
                "redhat.java", instanceId, ExtensionAuthorizationStatus.REJECT));
        assertThat(ide.extensionAuthorization().showExtensionAuthorization("1.0.1", "redhat.java", instanceId).result()
                .status()).isEqualTo(ExtensionAuthorizationStatus.REJECT);

        assertThat(ide.marketplace().iterateExtensionCategories(null, null, null, 5).toList()).isNotNull();

        CodeGenerationCreated generation = ide.codebreeze().createCodeGenerationRequest(
                CodeGenerationRequest.builder().language("python").signature("def add(x, y):").build(), null);
        assertThat(ide.codebreeze().showCodeGenerationResult(generation.requestId()).requestStatus())
                .isNotEqualTo(CodeGenerationStatus.UNKNOWN);

        ChatStarted chat = ide.tsbot().startTsbotChat(new StartChatRequest("IDE", demo.userId()));
        ChatSubmitted submitted = ide.tsbot().asyncTsbotChat(AsyncChatRequest.builder().chatId(chat.chatId())
                .message("hello?").build());
        assertThat(ide.tsbot().getTsbotChatResult(submitted.resultId()).status()).isNotBlank();
    }

    @Test
    void marketplaceUploadInChunksPublishRateAndComment() throws IOException {
        var marketplace = client.ide().marketplace();
        // with a user token the chunks must name one of the caller's publishers (doc B 4.6.16)
        MarketplacePublisher publisher = marketplace.listMyPublishers(null).result().get(0);
        byte[] vsix = vsix("{\"name\":\"coverage-ext\",\"publisher\":\"" + publisher.identifier()
                + "\",\"version\":\"1.0.0\",\"displayName\":\"Coverage\"}");
        int half = vsix.length / 2;
        byte[] first = Arrays.copyOfRange(vsix, 0, half);
        byte[] second = Arrays.copyOfRange(vsix, half, vsix.length);

        String taskId = marketplace.uploadFileChunk(chunk(publisher, first, 1, false, vsix.length, null)).result().taskId();
        assertThat(taskId).isNotBlank();
        marketplace.uploadFileChunk(chunk(publisher, second, 2, true, vsix.length, taskId));
        assertThat(marketplace.showExtensionCheckResult(taskId).result().basicInformation().status())
                .isEqualTo("success");
        ExtensionPublishResult published = marketplace.publishExtension(taskId, 10).result();
        assertThat(published.firstUpload()).isTrue();
        String extensionId = published.extensionId();

        for (int stars = 3; stars <= 5; stars++) {
            marketplace.createExtensionStar(new CreateStarRequest(extensionId, "rated " + stars, stars));
        }
        // one rating per user: the emulator keeps the latest
        assertThat(marketplace.iterateExtensionStars(extensionId, 2).toList()).extracting(ExtensionStar::stars)
                .containsExactly(5);

        for (String text : List.of("works well", "fast", "clear docs")) {
            marketplace.createExtensionEvaluation(new CreateEvaluationRequest(extensionId, text));
        }
        List<EvaluationThread> threads = marketplace.iterateExtensionEvaluations(extensionId, 2).toList();
        assertThat(threads).extracting(thread -> thread.evaluation().text())
                .containsExactlyInAnyOrder("works well", "fast", "clear docs");
        long evaluationId = threads.get(0).evaluation().id();
        marketplace.replyEvaluation(new ReplyEvaluationRequest(Long.toString(evaluationId), null, "thanks"));
        assertThat(marketplace.iterateExtensionEvaluations(extensionId, 2).stream()
                .filter(thread -> thread.evaluation().id() == evaluationId).findFirst().orElseThrow()
                .evaluationReply()).extracting(Evaluation::text).containsExactly("thanks");
        assertThat(marketplace.deleteEvaluation(evaluationId).status()).isEqualTo("success");

        assertThat(marketplace.iterateExtensions(List.of(new FilterCriterion(4, extensionId)), 0, 2).toList())
                .extracting(MarketplaceExtension::extensionId).containsExactly(extensionId);
    }

    private static FileChunkUpload chunk(MarketplacePublisher publisher, byte[] bytes, int index, boolean merge,
            long total, String taskId) {
        return FileChunkUpload.builder().publisherId(publisher.id())
                .file(UploadFile.of("coverage.vsix.part" + index, new ByteArrayInputStream(bytes), bytes.length, null))
                .chunkIndex(index).merge(merge).totalChunkNumber(2).parentFileSize(total)
                .parentFileName("coverage.vsix").override(false).chunkMd5(md5(bytes)).taskId(taskId).build();
    }

    private static byte[] vsix(String packageJson) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("extension/package.json"));
            zip.write(packageJson.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("extension/README.md"));
            zip.write("# Coverage test extension\n".repeat(200).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
