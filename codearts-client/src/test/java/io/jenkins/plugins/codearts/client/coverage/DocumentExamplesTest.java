package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.ide.model.IdeResult;
import io.jenkins.plugins.codearts.client.ide.model.account.AccountStatus;
import io.jenkins.plugins.codearts.client.ide.model.authorization.ExtensionAuthorization;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.AcceptanceId;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationCreated;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationResult;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.EventId;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.JoinResult;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.LoginId;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CategoryPage;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.EvaluationPage;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionPublishResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionQueryResponse;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FileChunkResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplacePublisher;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplaceUploadResponse;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.StarPage;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.UploadCheckResult;
import io.jenkins.plugins.codearts.client.ide.model.stacks.StackPricesResponse;
import io.jenkins.plugins.codearts.client.ide.model.stacks.StacksByTagResponse;
import io.jenkins.plugins.codearts.client.ide.model.stacks.StacksResponse;
import io.jenkins.plugins.codearts.client.ide.model.templates.StackTemplatesResponse;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatResult;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatStarted;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatSubmitted;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.BasicPluginDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.BasicPluginPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginBasicPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginInputs;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginOutputs;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.Publisher;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublisherPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.SelectablePluginPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.StagePlugins;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.GroupSuccess;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.PipelineGroup;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.PipelineMoveResult;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetPage;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RulePage;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetPage;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateId;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplatePage;
import io.jenkins.plugins.codearts.client.ide.model.authorization.SetExtensionAuthorizationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateAcceptanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateEventRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateLoginRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.JoinRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateStarRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionDetailsRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.PublishExtensionRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.QueryExtensionsRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReplyEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReportEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.AsyncChatRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatResultRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.StartChatRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.CreatePublisherRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListAllPluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginInfoRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginQuery;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginDraftRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.SelectablePluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.CreatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.MovePipelinesToGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.UpdatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.CreateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.UpdateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.CreateTenantRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.SwitchRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.UpdateTenantRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.ListPipelineTemplatesRequest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example response of the chapters outside 4.2 (Pipeline) and 4.1 (IDE) parses into its model, and writing the
 * model back keeps every field of the example. The examples live in {@code src/test/resources/examples}, copied from
 * the seed documents and repaired only where the PDF export broke the JSON (see {@code docs/api-notes.md}).
 *
 * <p>The comparison walks the example together with the model type: a key that no record component (nor one of its
 * {@code @JsonAlias} spellings) reads is reported as unmodelled; aliased keys are compared under the name the client
 * writes. Null values in the example only need to be modelled, because the shared mapper does not write nulls.
 */
class DocumentExamplesTest {

    private static final ObjectMapper MAPPER = CodeArtsJson.mapper();
    private static final TypeFactory TYPES = MAPPER.getTypeFactory();

    static Stream<Arguments> examples() {
        return Stream.of(
                // Pipeline A.4.1 templates
                example("pipeline/listPipelineTemplates", PipelineTemplatePage.class),
                example("pipeline/createPipelineTemplate", PipelineTemplateId.class),
                example("pipeline/showPipelineTemplateDetail", PipelineTemplateDetail.class),
                example("pipeline/updatePipelineTemplate", PipelineTemplateId.class),
                example("pipeline/deletePipelineTemplate", PipelineTemplateId.class),
                // A.4.3 groups
                example("pipeline/createPipelineGroup", PipelineGroup.class),
                example("pipeline/updatePipelineGroup", GroupSuccess.class),
                example("pipeline/deletePipelineGroup", GroupSuccess.class),
                example("pipeline/showPipelineGroupTree", list(PipelineGroup.class)),
                example("pipeline/movePipelinesToGroup", list(PipelineMoveResult.class)),
                // A.4.4 rules
                example("pipeline/showRuleDetail", RuleDetail.class),
                example("pipeline/listRules", RulePage.class),
                example("pipeline/updateRule", RuleChangeResult.class),
                example("pipeline/deleteRule", RuleStatus.class),
                example("pipeline/createRule", RuleChangeResult.class),
                // A.4.5 / A.4.6 rule sets
                example("pipeline/createTenantRuleSet", RuleSetChangeResult.class),
                example("pipeline/updateTenantRuleSet", RuleSetChangeResult.class),
                example("pipeline/showTenantRuleSetDetail", RuleSetDetail.class),
                example("pipeline/listTenantRuleSets", RuleSetPage.class),
                example("pipeline/deleteTenantRuleSet", RuleSetStatus.class),
                example("pipeline/switchTenantRuleSet", RuleSetChangeResult.class),
                example("pipeline/listProjectRuleSets", RuleSetPage.class),
                example("pipeline/showProjectRuleSetDetail", RuleSetDetail.class),
                // A.4.7 / A.4.8 open-source policies
                example("pipeline/createTenantOpenSourceRuleSet", RuleSetChangeResult.class),
                example("pipeline/updateTenantOpenSourceRuleSet", RuleSetChangeResult.class),
                example("pipeline/showTenantOpenSourceRuleSetDetail", OpenSourceRuleSetDetail.class),
                example("pipeline/listTenantOpenSourceRuleSets", OpenSourceRuleSetPage.class),
                example("pipeline/deleteTenantOpenSourceRuleSet", RuleSetStatus.class),
                example("pipeline/switchTenantOpenSourceRuleSet", RuleSetChangeResult.class),
                example("pipeline/showProjectOpenSourceRuleSetDetail", OpenSourceRuleSetDetail.class),
                example("pipeline/listProjectOpenSourceRuleSets", OpenSourceRuleSetPage.class),
                // A.4.9 extensions and publishers (the bare "true" responses and icon paths are covered by the wire tests)
                example("pipeline/listPublishers", PublisherPage.class),
                example("pipeline/listAvailablePublishers", list(Publisher.class)),
                example("pipeline/listStagePlugins", StagePlugins.class),
                example("pipeline/listBasicPlugins", BasicPluginPage.class),
                example("pipeline/listSelectablePluginsPaged", SelectablePluginPage.class),
                example("pipeline/listAllPlugins", PluginBasicPage.class),
                example("pipeline/listPluginMetrics", list(PluginOutputs.class)),
                example("pipeline/listPluginInputs", list(PluginInputs.class)),
                example("pipeline/listPluginOutputs", list(PluginOutputs.class)),
                example("pipeline/listPluginVersionsInfo", PluginBasicPage.class),
                example("pipeline/showPluginVersionDetail", PluginVersionDetail.class),
                // the example is a bare array; ExtensionsApi wraps it into PluginVersionNumbers.data
                example("pipeline/listPluginVersionNumbers", list(String.class)),
                example("pipeline/showBasicPluginDetail", BasicPluginDetail.class),
                // IDE B.4.2 - B.4.5
                example("ide/listStacksByTag", StacksByTagResponse.class),
                example("ide/listStackPrices", StackPricesResponse.class),
                example("ide/listStackTemplates", StackTemplatesResponse.class),
                example("ide/showAccountStatus", ideResult(AccountStatus.class)),
                example("ide/showExtensionAuthorization", ideResult(ExtensionAuthorization.class)),
                example("ide/setExtensionAuthorization", ideResult(Boolean.class)),
                // B.4.6 marketplace
                example("ide/uploadMarketplacePlugin", MarketplaceUploadResponse.class),
                example("ide/createExtensionEvaluation", ideResult(JsonNode.class)),
                example("ide/replyEvaluation", ideResult(JsonNode.class)),
                example("ide/createExtensionStar", ideResult(JsonNode.class)),
                example("ide/reportEvaluation", ideResult(JsonNode.class)),
                example("ide/deleteEvaluation", ideResult(JsonNode.class)),
                example("ide/deleteEvaluationReply", ideResult(JsonNode.class)),
                example("ide/queryExtensions", ExtensionQueryResponse.class),
                example("ide/showExtensionDetails", ExtensionQueryResponse.class),
                example("ide/listExtensionEvaluations", ideResult(EvaluationPage.class)),
                example("ide/listExtensionStars", ideResult(StarPage.class)),
                example("ide/listExtensionCategories", ideResult(CategoryPage.class)),
                example("ide/publishExtension", ideResult(ExtensionPublishResult.class)),
                example("ide/showExtensionCheckResult", ideResult(UploadCheckResult.class)),
                example("ide/listMyPublishers", ideResult(TYPES.constructCollectionType(List.class, MarketplacePublisher.class))),
                example("ide/uploadFileChunk", ideResult(FileChunkResult.class)),
                // B.4.7 codebreeze, B.4.8 tsbot, B.8 deprecated stacks
                example("ide/createAcceptance", AcceptanceId.class),
                example("ide/createCodeGenerationRequest", CodeGenerationCreated.class),
                example("ide/showCodeGenerationResult", CodeGenerationResult.class),
                example("ide/createLogin", LoginId.class),
                example("ide/createJoinRequest", JoinResult.class),
                example("ide/createEvent", EventId.class),
                example("ide/startTsbotChat", ChatStarted.class),
                example("ide/asyncTsbotChat", ChatSubmitted.class),
                example("ide/getTsbotChatResult", ChatResult.class),
                example("ide/listStacks", StacksResponse.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleParsesAndRoundTripsWithEveryField(String name, JavaType type) throws IOException {
        JsonNode example = read(name);

        Object model = MAPPER.readValue(MAPPER.treeAsTokens(example), type);
        JsonNode written = MAPPER.valueToTree(model);

        List<String> problems = new ArrayList<>();
        JsonNode expected = canonical(example, type, "$", problems);
        compare(expected, written, "$", problems);
        assertThat(problems).as("fields of %s.json lost or unmodelled by %s", name, type).isEmpty();
    }

    /** The documents' example request bodies read into the request records and written back unchanged. */
    static Stream<Arguments> requestExamples() {
        return Stream.of(
                example("requests/pipeline/createPipelineGroup", CreatePipelineGroupRequest.class),
                example("requests/pipeline/updatePipelineGroup", UpdatePipelineGroupRequest.class),
                example("requests/pipeline/movePipelinesToGroup", MovePipelinesToGroupRequest.class),
                example("requests/pipeline/updateRule", RuleRequest.class),
                example("requests/pipeline/createRule", RuleRequest.class),
                example("requests/pipeline/createTenantRuleSet", CreateTenantRuleSetRequest.class),
                example("requests/pipeline/updateTenantRuleSet", UpdateTenantRuleSetRequest.class),
                example("requests/pipeline/switchTenantRuleSet", SwitchRuleSetRequest.class),
                example("requests/pipeline/createTenantOpenSourceRuleSet", CreateTenantOpenSourceRuleSetRequest.class),
                example("requests/pipeline/updateTenantOpenSourceRuleSet", UpdateTenantOpenSourceRuleSetRequest.class),
                example("requests/pipeline/switchTenantOpenSourceRuleSet", SwitchRuleSetRequest.class),
                example("requests/pipeline/createPluginVersion", PluginVersionRequest.class),
                example("requests/pipeline/createPluginDraft", PluginVersionRequest.class),
                example("requests/pipeline/updatePluginDraft", PluginVersionRequest.class),
                example("requests/pipeline/createPublisher", CreatePublisherRequest.class),
                example("requests/pipeline/publishPluginDraft", PublishPluginDraftRequest.class),
                example("requests/pipeline/updatePluginInfo", PluginInfoRequest.class),
                example("requests/pipeline/publishPlugin", PublishPluginRequest.class),
                example("requests/pipeline/bindPluginToPublisher", PublishPluginRequest.class),
                example("requests/pipeline/listSelectablePluginsPaged", SelectablePluginsRequest.class),
                example("requests/pipeline/listAllPlugins", ListAllPluginsRequest.class),
                example("requests/pipeline/listPluginMetrics", list(PluginQuery.class)),
                example("requests/pipeline/listPluginInputs", list(PluginQuery.class)),
                example("requests/pipeline/listPluginOutputs", list(PluginQuery.class)),
                example("requests/pipeline/showPublisherDetails", list(String.class)),
                example("requests/pipeline/createBasicPlugin", PluginInfoRequest.class),
                example("requests/pipeline/updateBasicPlugin", PluginInfoRequest.class),
                example("requests/ide/setExtensionAuthorization", SetExtensionAuthorizationRequest.class),
                example("requests/ide/createExtensionEvaluation", CreateEvaluationRequest.class),
                example("requests/ide/replyEvaluation", ReplyEvaluationRequest.class),
                example("requests/ide/replyEvaluation-toReply", ReplyEvaluationRequest.class),
                example("requests/ide/createExtensionStar", CreateStarRequest.class),
                example("requests/ide/reportEvaluation", ReportEvaluationRequest.class),
                example("requests/ide/queryExtensions", QueryExtensionsRequest.class),
                example("requests/ide/showExtensionDetails", ExtensionDetailsRequest.class),
                example("requests/ide/publishExtension", PublishExtensionRequest.class),
                example("requests/ide/createAcceptance", CreateAcceptanceRequest.class),
                example("requests/ide/createCodeGenerationRequest", CodeGenerationRequest.class),
                example("requests/ide/createLogin", CreateLoginRequest.class),
                example("requests/ide/createJoinRequest", JoinRequest.class),
                example("requests/ide/createEvent", CreateEventRequest.class),
                example("requests/ide/startTsbotChat", StartChatRequest.class),
                example("requests/ide/asyncTsbotChat", AsyncChatRequest.class),
                example("requests/ide/getTsbotChatResult", ChatResultRequest.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestExamples")
    void requestExampleParsesAndIsWrittenBackWithEveryField(String name, JavaType type) throws IOException {
        exampleParsesAndRoundTripsWithEveryField(name, type);
    }

    /** Decision 9 of docs/api-notes.md: the example's {@code "is_system": ""} means "not set" and is not sent back. */
    @Test
    void emptyStringFlagOfTheTemplateListExampleReadsAsNotSet() throws IOException {
        JsonNode example = read("requests/pipeline/listPipelineTemplates");
        assertThat(example.get("is_system").asText()).isEmpty();

        ListPipelineTemplatesRequest request = MAPPER.treeToValue(example, ListPipelineTemplatesRequest.class);

        assertThat(request.isSystem()).isNull();
        assertThat(request.limit()).isEqualTo(3L);
        assertThat(MAPPER.valueToTree(request).has("is_system")).isFalse();
    }

    @Test
    void everyExampleFileIsChecked() throws IOException, URISyntaxException {
        Set<String> covered = new HashSet<>();
        examples().forEach(arguments -> covered.add((String) arguments.get()[0]));
        requestExamples().forEach(arguments -> covered.add((String) arguments.get()[0]));
        covered.add("requests/pipeline/listPipelineTemplates");
        URL root = DocumentExamplesTest.class.getResource("/examples");
        assertThat(root).as("test resources folder examples/").isNotNull();
        List<String> files;
        try (Stream<Path> paths = Files.walk(Path.of(root.toURI()))) {
            Path base = Path.of(root.toURI());
            files = paths.filter(path -> path.toString().endsWith(".json"))
                    .map(path -> base.relativize(path).toString().replace('\\', '/').replace(".json", ""))
                    .toList();
        }
        assertThat(files).hasSize(76 + 45).allSatisfy(file -> assertThat(covered).contains(file));
    }

    private static Arguments example(String name, Class<?> type) {
        return Arguments.of(name, TYPES.constructType(type));
    }

    private static Arguments example(String name, JavaType type) {
        return Arguments.of(name, type);
    }

    private static JavaType list(Class<?> element) {
        return TYPES.constructCollectionType(List.class, element);
    }

    private static JavaType ideResult(Class<?> payload) {
        return TYPES.constructParametricType(IdeResult.class, payload);
    }

    private static JavaType ideResult(JavaType payload) {
        return TYPES.constructParametricType(IdeResult.class, payload);
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = DocumentExamplesTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            assertThat(in).as("example resource %s.json", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    /** Rewrites the example with the key spellings the model writes, reporting keys the model does not read. */
    private static JsonNode canonical(JsonNode node, JavaType type, String path, List<String> problems) {
        if (node == null || node.isNull() || isFreeForm(type)) {
            return node == null ? NullNode.getInstance() : node;
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    array.add(canonical(node.get(i), type.getContentType(), path + "[" + i + "]", problems));
                }
            } else {
                // models read a single object as a one-element list where the documents disagree (ACCEPT_SINGLE_VALUE_AS_ARRAY)
                array.add(canonical(node, type.getContentType(), path + "[0]", problems));
            }
            return array;
        }
        if (type.isMapLikeType()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> object.set(field.getKey(),
                    canonical(field.getValue(), type.getContentType(), path + "." + field.getKey(), problems)));
            return object;
        }
        Class<?> raw = type.getRawClass();
        if (!raw.isRecord()) {
            return node;
        }
        if (!node.isObject()) {
            problems.add(path + ": expected an object for " + raw.getSimpleName() + " but the example has " + node);
            return node;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            RecordComponent component = componentReading(raw, field.getKey());
            if (component == null) {
                problems.add(path + "." + field.getKey() + " is not read by " + raw.getSimpleName());
                continue;
            }
            JavaType componentType = TYPES.resolveMemberType(component.getGenericType(), type.getBindings());
            String wireName = component.getAccessor().getAnnotation(JsonProperty.class).value();
            object.set(wireName, canonical(field.getValue(), componentType, path + "." + wireName, problems));
        }
        return object;
    }

    private static boolean isFreeForm(JavaType type) {
        return JsonNode.class.isAssignableFrom(type.getRawClass()) || type.getRawClass() == Object.class;
    }

    private static RecordComponent componentReading(Class<?> record, String key) {
        for (RecordComponent component : record.getRecordComponents()) {
            // Jackson's annotations do not target record components; javac copies them onto the accessor
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            assertThat(property).as("%s.%s has an explicit @JsonProperty", record.getSimpleName(), component.getName())
                    .isNotNull();
            if (property.value().equals(key)) {
                return component;
            }
            JsonAlias alias = component.getAccessor().getAnnotation(JsonAlias.class);
            if (alias != null && List.of(alias.value()).contains(key)) {
                return component;
            }
        }
        return null;
    }

    /** Every non-null value of {@code expected} must be in {@code actual} at the same path with the same value. */
    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> problems) {
        if (expected.isNull()) {
            return;
        }
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            problems.add(path + " is missing after the round trip (example value " + expected + ")");
            return;
        }
        if (expected.isObject()) {
            expected.fields().forEachRemaining(field ->
                    compare(field.getValue(), actual.path(field.getKey()), path + "." + field.getKey(), problems));
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected an array of " + expected.size() + " but wrote " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", problems);
            }
        } else if (!sameScalar(expected, actual)) {
            problems.add(path + ": example " + expected + " but wrote " + actual);
        }
    }

    private static boolean sameScalar(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) == 0;
        }
        // documents print some numbers as strings ("acceptance_id": "12") and some ids as numbers: the text must survive
        return expected.asText().equals(actual.asText());
    }
}
