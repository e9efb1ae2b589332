package io.jenkins.plugins.codearts.client.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.huaweicloud.sdk.cloudide.v2.CloudIDEClient;
import com.huaweicloud.sdk.codeartspipeline.v2.CodeArtsPipelineClient;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.ide.IdeService;
import io.jenkins.plugins.codearts.client.pipeline.PipelineService;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Our client's request and response models against the official SDK's models of the same operation, by
 * reflection over their Jackson properties: every JSON name our client sends must be one the SDK sends, every name
 * the SDK reads must be one our client reads (under its name or an alias), and the JSON types must agree (string,
 * integer, number, boolean, array, object). The differences that stay are allowed by name in {@link #ALLOWED},
 * each with its evidence in docs/api-notes.md ("Where the SDK and the documents differ").
 */
class SdkModelAgreementTest {

    /**
     * Differences kept on purpose, as {@code operation request|response $.path: what}; the reasons are in
     * docs/api-notes.md.
     */
    static final Map<String, String> ALLOWED = allowed(
            "listPipelineTemplates response $.templates[].is_show_source: ours boolean, SDK string",
            "4.1.1 String, 4.1.3 and the examples Boolean; read as Boolean, which takes \"true\"/\"false\" too",
            "showPipelineTemplateDetail response $.is_collect: ours boolean, SDK string",
            "table 4.1.3 String, example null, list Boolean; read as Boolean, which takes strings too",
            "showPipelineRunDetail response $.stages[].jobs[].async: ours string, SDK boolean",
            "table JobRun.async String; a string field also reads true/false",
            "showPipelineRunDetail response $.stages[].pre[].endpoint_ids: ours string, SDK array",
            "table StepRun.endpoint_ids String; TextOrList reads a list too (joined with commas)",
            "createPipelineTemplate request $.variables: ours array, SDK object",
            "the table types variables as one object, the example sends a list; the emulator and the run chapter use a list",
            "updatePipelineTemplate request $.variables: ours array, SDK object",
            "the table types variables as one object, the example sends a list; the emulator and the run chapter use a list",
            "createRule request $.content[].type: not in the SDK's RuleContent",
            "the rule examples carry content[].type; sent only when set (null is left out)",
            "updateRule request $.content[].type: not in the SDK's RuleContent",
            "the rule examples carry content[].type; sent only when set (null is left out)",
            "showRuleDetail response $.content[].type: not in the SDK's RuleContent",
            "the rule examples carry content[].type; sent only when set (null is left out)",
            "createPipelineByTemplate request $.variables[].pipeline_id: not in the SDK's PipelineByTemplateDTOVariables",
            "CustomVariable is shared with createPipeline, whose SDK model has both; sent only when set",
            "createPipelineByTemplate request $.variables[].runtime_value: not in the SDK's PipelineByTemplateDTOVariables",
            "CustomVariable is shared with createPipeline, whose SDK model has both; sent only when set",
            "runPipeline request $.sources[].params.build_params.action: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.codehub_id: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.commit_id: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.git_url: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.merge_id: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.message: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.source_branch: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.source_codehub_http_url: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.source_codehub_id: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.build_params.source_codehub_url: not in the SDK's RunPipelineDTOParamsBuildParams",
            "BuildParams is shared with the run detail's build_params (BPo); runPipeline's builders never set these",
            "runPipeline request $.sources[].params.repo_name: not in the SDK's RunPipelineDTOParams",
            "RunSourceParams is shared with the run detail's sources; runPipeline's builders never set these",
            "runPipeline request $.sources[].params.ssh_git_url: not in the SDK's RunPipelineDTOParams",
            "RunSourceParams is shared with the run detail's sources; runPipeline's builders never set these",
            "runPipeline request $.sources[].params.web_url: not in the SDK's RunPipelineDTOParams",
            "RunSourceParams is shared with the run detail's sources; runPipeline's builders never set these",
            "runPipeline response $.queue_id: not in the SDK's RunPipelineResponse",
            "a queued run's answer carries queue_id (DEVPIPE.00011169/70); the SDK models only pipeline_run_id",
            "showPipelineRunDetail response $.sources[].params.build_params.git_url: not in the SDK's RunPipelineSourceParamsBuildParams",
            "read by a model shared with listPipelineRuns, where the table has the field; extra fields read as null",
            "batchShowPipelineStatus response $[].stage_status_list[].id: not in the SDK's PipelineLatestRunStageStatusList",
            "read by a model shared with listPipelineRuns, where the table has the field; extra fields read as null",
            "listPluginInputs response $[].data[].description: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "listPluginInputs response $[].data[].extend_prop: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "listPluginInputs response $[].data[].front_data_prop: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "listPluginInputs response $[].data[].label: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "listPluginInputs response $[].data[].required: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "showPluginVersionDetail response $.input_info[].description: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "showPluginVersionDetail response $.input_info[].extend_prop: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "showPluginVersionDetail response $.input_info[].front_data_prop: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "showPluginVersionDetail response $.input_info[].label: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "showPluginVersionDetail response $.input_info[].required: not in the SDK's PluginPartQueryVOListAgentPluginInputVOData",
            "4.9.19's example carries label, description, required, front_data_prop and extend_prop; the SDK lacks them",
            "listSelectablePluginsPaged response $.data[].addables: not in the SDK's PageInfoBusinessTypeDefinitionVOData",
            "4.9.14 and 4.9.16 share one group model in the client; each table adds fields the other lacks",
            "listSelectablePluginsPaged response $.data[].plugins_list[].standard: not in the SDK's PageInfoBusinessTypeDefinitionVOPluginsList",
            "4.9.14 and 4.9.16 share one group model in the client; each table adds fields the other lacks",
            "listStagePlugins response $.full_stage_plugins_item_list[].plugins_list[].location: not in the SDK's FullStagePluginsRelationVOPluginsList",
            "4.9.14 and 4.9.16 share one group model in the client; each table adds fields the other lacks",
            "listStagePlugins response $.full_stage_plugins_item_list[].plugins_list[].manifest_version: not in the SDK's FullStagePluginsRelationVOPluginsList",
            "4.9.14 and 4.9.16 share one group model in the client; each table adds fields the other lacks",
            "listStagePlugins response $.full_stage_plugins_item_list[].plugins_list[].publisher_unique_id: not in the SDK's FullStagePluginsRelationVOPluginsList",
            "4.9.14 and 4.9.16 share one group model in the client; each table adds fields the other lacks",
            "listStagePlugins response $.full_stage_plugins_item_list[].addables[]: ours map, SDK object",
            "4.9.14's addables items are {additionalProp1..3: Boolean}, a map; the SDK names the three keys");

    /** Client method parameters that become query parameters, not the body. */
    private static final Set<String> QUERY_HOLDERS = Set.of("CodeGenerationOptions");

    private static final ObjectMapper OURS = CodeArtsJson.mapper();
    private static final ObjectMapper SDK = JsonUtils.getDefaultMapper();

    enum Direction { REQUEST, RESPONSE }

    @Test
    void everyClientModelAgreesWithTheSdkModelOfTheSameOperation() {
        List<String> differences = new ArrayList<>();
        Map<String, Integer> compared = new TreeMap<>();
        for (Map.Entry<String, String> pair : SdkOperations.MAPPED.entrySet()) {
            String operation = pair.getKey();
            Operation ours = OperationCatalog.instance().require(operation);
            Class<?> sdkClient = ours.service().name().equals("IDE") ? CloudIDEClient.class
                    : CodeArtsPipelineClient.class;
            Method sdkMethod = sdkMethod(sdkClient, pair.getValue());
            JavaType sdkBody = sdkProperty(sdkMethod.getParameterTypes()[0], "body");
            Class<?> sdkResponse = sdkMethod.getReturnType();
            JavaType sdkAnswer = sdkProperty(sdkResponse, "body");
            if (sdkAnswer == null) {
                sdkAnswer = SDK.constructType(sdkResponse);
            }
            for (Method method : clientMethods(operation)) {
                for (Type parameter : method.getGenericParameterTypes()) {
                    JavaType type = OURS.constructType(parameter);
                    if (sdkBody != null && isModel(type) && !QUERY_HOLDERS.contains(type.getRawClass().getSimpleName())) {
                        Comparison comparison = new Comparison(operation, Direction.REQUEST);
                        comparison.compare("$", type, sdkBody);
                        differences.addAll(comparison.differences);
                        compared.merge(operation, 1, Integer::sum);
                    }
                }
                JavaType answer = OURS.constructType(method.getGenericReturnType());
                if (isModel(answer)) {
                    Comparison comparison = new Comparison(operation, Direction.RESPONSE);
                    String[] path = {"$"};
                    JavaType envelope = unwrapEnvelope(answer, sdkAnswer, path);
                    comparison.compare(path[0], answer, envelope);
                    differences.addAll(comparison.differences);
                    compared.merge(operation, 1, Integer::sum);
                }
            }
        }
        TreeSet<String> unexpected = new TreeSet<>(differences);
        unexpected.removeAll(ALLOWED.keySet());
        TreeSet<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(differences);
        System.out.println("sdk model agreement: " + compared.size() + " operations, "
                + compared.values().stream().mapToInt(Integer::intValue).sum() + " models compared, "
                + new TreeSet<>(differences).size() + " differences (" + ALLOWED.size() + " allowed)");
        unexpected.forEach(difference -> System.out.println("  difference: " + difference));
        TreeSet<String> withoutModel = new TreeSet<>(SdkOperations.MAPPED.keySet());
        withoutModel.removeAll(compared.keySet());
        System.out.println("  no JSON model on our side (a boolean, text, tree or upload): " + withoutModel);
        assertThat(unexpected).as("differences from the SDK's models that are neither fixed nor allowed").isEmpty();
        assertThat(stale).as("allowed differences that no longer occur: remove them").isEmpty();
        assertThat(compared.size()).as("operations with a model compared").isGreaterThan(60);
    }

    /** One operation's request or response, compared property by property. */
    private static final class Comparison {
        final String operation;
        final Direction direction;
        final List<String> differences = new ArrayList<>();
        final Set<String> visited = new HashSet<>();

        Comparison(String operation, Direction direction) {
            this.operation = operation;
            this.direction = direction;
        }

        void compare(String path, JavaType ours, JavaType sdk) {
            String ourKind = kind(ours);
            String sdkKind = kind(sdk);
            if (ourKind.equals("any") || sdkKind.equals("any")) {
                return;
            }
            if (!ourKind.equals(sdkKind)) {
                differ(path + ": ours " + ourKind + ", SDK " + sdkKind);
                return;
            }
            switch (ourKind) {
                case "array" -> compare(path + "[]", ours.getContentType(), sdk.getContentType());
                case "map" -> compare(path + "{}", ours.getContentType(), sdk.getContentType());
                case "object" -> compareObjects(path, ours, sdk);
                default -> {
                    // same scalar kind
                }
            }
        }

        private void compareObjects(String path, JavaType ours, JavaType sdk) {
            if (!visited.add(ours.getRawClass().getName() + " " + sdk.getRawClass().getName())) {
                return;
            }
            Map<String, JavaType> sdkProperties = properties(SDK, sdk, direction, false);
            Map<String, List<String>> ourNames = names(ours, direction);
            Map<String, JavaType> ourProperties = properties(OURS, ours, direction, true);
            for (Map.Entry<String, List<String>> property : ourNames.entrySet()) {
                String primary = property.getKey();
                String matched = null;
                if (sdkProperties.containsKey(primary)) {
                    matched = primary;
                } else if (direction == Direction.RESPONSE) {
                    matched = property.getValue().stream().filter(sdkProperties::containsKey).findFirst().orElse(null);
                }
                if (matched == null) {
                    differ(path + "." + primary + ": not in the SDK's " + sdk.getRawClass().getSimpleName()
                            + (direction == Direction.REQUEST && property.getValue().stream()
                                    .anyMatch(sdkProperties::containsKey) ? " (the SDK sends "
                                    + property.getValue().stream().filter(sdkProperties::containsKey).findFirst()
                                    .orElseThrow() + ")" : ""));
                    continue;
                }
                compare(path + "." + matched, ourProperties.get(primary), sdkProperties.get(matched));
            }
            if (direction == Direction.RESPONSE) {
                Set<String> read = new HashSet<>();
                ourNames.forEach((primary, aliases) -> {
                    read.add(primary);
                    read.addAll(aliases);
                });
                for (String sdkName : sdkProperties.keySet()) {
                    if (!read.contains(sdkName) && looksLikeASpellingOf(sdkName, read)) {
                        differ(path + "." + sdkName + ": the SDK's name is not read (ours reads "
                                + read.stream().filter(name -> stem(name).equals(stem(sdkName))).sorted().toList()
                                + ")");
                    }
                }
            }
        }

        private void differ(String what) {
            differences.add(operation + " " + direction.name().toLowerCase(java.util.Locale.ROOT) + " " + what);
        }
    }

    /** {@code plugin_attribute} and {@code plugin_attribution} are spellings of one name; the stem shows it. */
    private static boolean looksLikeASpellingOf(String sdkName, Set<String> ours) {
        return ours.stream().anyMatch(name -> !name.equals(sdkName) && stem(name).equals(stem(sdkName)));
    }

    private static String stem(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace("_", "")
                .replaceAll("(attribution|attributes|attribute)", "attr")
                .replaceAll("(number|num)$", "num");
    }

    /** Our properties: the primary JSON name and the aliases also read. */
    private static Map<String, List<String>> names(JavaType type, Direction direction) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : description(OURS, type, direction).findProperties()) {
            List<String> aliases = new ArrayList<>();
            for (PropertyName alias : property.findAliases()) {
                aliases.add(alias.getSimpleName());
            }
            boolean used = direction == Direction.REQUEST ? property.couldSerialize()
                    : property.couldDeserialize() && property.getMutator() != null || property.hasConstructorParameter();
            if (used && !annotated(property, JsonIgnore.class) && !ignoredRecordComponent(type, property)) {
                names.put(property.getName(), aliases);
            }
        }
        return names;
    }

    /** A record component marked {@code @JsonIgnore} (the annotation lands on the field and the accessor). */
    private static boolean ignoredRecordComponent(JavaType type, BeanPropertyDefinition property) {
        if (!type.getRawClass().isRecord()) {
            return false;
        }
        for (var component : type.getRawClass().getRecordComponents()) {
            if (component.getName().equals(property.getInternalName())
                    && component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotated(BeanPropertyDefinition property,
            Class<? extends java.lang.annotation.Annotation> annotation) {
        for (AnnotatedMember member : java.util.stream.Stream.of(property.getField(), property.getGetter(),
                property.getSetter(), property.getConstructorParameter()).filter(java.util.Objects::nonNull).toList()) {
            if (member.hasAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** A number written as a string ({@code @JsonFormat(shape = STRING)}) is a string on the wire. */
    private static boolean writtenAsString(BeanPropertyDefinition property) {
        for (AnnotatedMember member : java.util.stream.Stream.of(property.getField(), property.getGetter(),
                property.getConstructorParameter()).filter(java.util.Objects::nonNull).toList()) {
            JsonFormat format = member.getAnnotation(JsonFormat.class);
            if (format != null && format.shape() == JsonFormat.Shape.STRING) {
                return true;
            }
        }
        return false;
    }

    /**
     * Our API methods return the payload of the IDE answers' envelope ({@code {"status":"success","result":{..}}});
     * when an SDK property's model has more of our names than the SDK model itself, that property is compared.
     */
    private static JavaType unwrapEnvelope(JavaType ours, JavaType sdk, String[] path) {
        if (!kind(ours).equals("object") || !kind(sdk).equals("object")) {
            return sdk;
        }
        Set<String> ourNames = names(ours, Direction.RESPONSE).keySet();
        Map<String, JavaType> sdkProperties = properties(SDK, sdk, Direction.RESPONSE, false);
        long best = sdkProperties.keySet().stream().filter(ourNames::contains).count();
        JavaType chosen = sdk;
        for (Map.Entry<String, JavaType> property : sdkProperties.entrySet()) {
            if (kind(property.getValue()).equals("object") && !ourNames.contains(property.getKey())) {
                long overlap = properties(SDK, property.getValue(), Direction.RESPONSE, false).keySet().stream()
                        .filter(ourNames::contains).count();
                if (overlap > best) {
                    best = overlap;
                    chosen = property.getValue();
                    path[0] = "$." + property.getKey();
                }
            }
        }
        return chosen;
    }

    private static Map<String, JavaType> properties(ObjectMapper mapper, JavaType type, Direction direction,
            boolean ours) {
        Map<String, JavaType> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : description(mapper, type, direction).findProperties()) {
            boolean used = direction == Direction.REQUEST ? property.couldSerialize() : property.couldDeserialize();
            if (used || ours) {
                properties.put(property.getName(), ours && writtenAsString(property)
                        ? OURS.constructType(String.class) : property.getPrimaryType());
            }
        }
        return properties;
    }

    private static BeanDescription description(ObjectMapper mapper, JavaType type, Direction direction) {
        return direction == Direction.REQUEST ? mapper.getSerializationConfig().introspect(type)
                : mapper.getDeserializationConfig().introspect(type);
    }

    /** The JSON kind a Java type reads or writes as. */
    static String kind(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return "any";
        }
        if (raw.isEnum() || hasJsonValue(raw)) {
            return enumKind(raw);
        }
        if (raw == String.class || raw == char.class || raw == Character.class || CharSequence.class.isAssignableFrom(raw)
                || Temporal.class.isAssignableFrom(raw)) {
            return "string";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class || raw == Integer.class
                || raw == Long.class || raw == Short.class || raw == Byte.class
                || raw == java.math.BigInteger.class) {
            return "integer";
        }
        if (raw == double.class || raw == float.class || Number.class.isAssignableFrom(raw)) {
            return "number";
        }
        if (type.isArrayType() || Collection.class.isAssignableFrom(raw)) {
            return "array";
        }
        if (type.isMapLikeType()) {
            return "map";
        }
        return "object";
    }

    private static boolean hasJsonValue(Class<?> raw) {
        for (Method method : raw.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class)) {
                return true;
            }
        }
        return false;
    }

    /** An enum (or the SDK's enum-like classes) is written as what its {@code @JsonValue} gives, else its name. */
    private static String enumKind(Class<?> raw) {
        for (Method method : raw.getDeclaredMethods()) {
            JsonValue value = method.getAnnotation(JsonValue.class);
            if (value != null && value.value() && method.getParameterCount() == 0) {
                return kind(OURS.constructType(method.getGenericReturnType()));
            }
        }
        for (Field field : raw.getDeclaredFields()) {
            JsonValue value = field.getAnnotation(JsonValue.class);
            if (value != null && value.value()) {
                return kind(OURS.constructType(field.getGenericType()));
            }
        }
        return "string";
    }

    /** Our models live in the client's model packages; strings, numbers, trees and uploads are not compared. */
    private static boolean isModel(JavaType type) {
        JavaType element = type;
        while (element.isContainerType() && element.getContentType() != null) {
            element = element.getContentType();
        }
        Class<?> raw = element.getRawClass();
        return raw.getName().startsWith("io.jenkins.plugins.codearts.client.") && raw.getName().contains(".model.")
                && !raw.isEnum() && !raw.getSimpleName().equals("UploadFile")
                && !raw.getSimpleName().equals("FileChunkUpload");
    }

    /** Every public method of the client's API classes named after the operation. */
    private static List<Method> clientMethods(String operation) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> service : List.of(PipelineService.class, IdeService.class)) {
            for (Method accessor : service.getMethods()) {
                Class<?> api = accessor.getReturnType();
                if (accessor.getParameterCount() != 0 || !api.getSimpleName().endsWith("Api")) {
                    continue;
                }
                for (Method method : api.getMethods()) {
                    if (method.getName().equals(operation) && Modifier.isPublic(method.getModifiers())) {
                        methods.add(method);
                    }
                }
            }
        }
        assertThat(methods).as("client methods named " + operation).isNotEmpty();
        return methods;
    }

    private static Method sdkMethod(Class<?> sdkClient, String name) {
        for (Method method : sdkClient.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].getSimpleName().endsWith("Request")) {
                return method;
            }
        }
        throw new AssertionError(sdkClient.getSimpleName() + " has no method " + name);
    }

    /** The type of an SDK model's field with this JSON name, or null. */
    private static JavaType sdkProperty(Class<?> model, String jsonName) {
        for (Field field : model.getDeclaredFields()) {
            var property = field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property != null && property.value().equals(jsonName)) {
                return SDK.constructType(field.getGenericType());
            }
        }
        return null;
    }

    private static Map<String, String> allowed(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
