package io.jenkins.plugins.codearts.client.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.cloudide.v2.CloudIDEMeta;
import com.huaweicloud.sdk.codeartspipeline.v2.CodeArtsPipelineMeta;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The pairing of SDK operations with ours ({@link SdkOperations}) against the SDK's own request definitions: each
 * pair has the same HTTP method and path template, the 9 unpaired operations of ours and the 15 unpaired SDK
 * operations have no counterpart, and together they account for all 119 documented operations and all 125 SDK ones.
 */
class SdkOperationMapTest {

    @Test
    void everyPairHasTheSameMethodAndPathAndNothingIsLeftOver() throws IllegalAccessException {
        Map<String, String> sdk = new TreeMap<>();
        for (Class<?> meta : List.of(CodeArtsPipelineMeta.class, CloudIDEMeta.class)) {
            for (Field field : meta.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && HttpRequestDef.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    HttpRequestDef<?, ?> definition = (HttpRequestDef<?, ?>) field.get(null);
                    String key = meta.getSimpleName() + "." + field.getName();
                    sdk.put(key, definition.getMethod().name() + " " + template(definition.getUri()));
                }
            }
        }
        assertThat(sdk).hasSize(125);

        List<String> mismatches = new ArrayList<>();
        Set<String> pairedSdk = new HashSet<>();
        for (Map.Entry<String, String> pair : SdkOperations.MAPPED.entrySet()) {
            Operation ours = OperationCatalog.instance().require(pair.getKey());
            String meta = ours.service().name().equals("IDE") ? "CloudIDEMeta." : "CodeArtsPipelineMeta.";
            String theirs = sdk.get(meta + pair.getValue());
            String mine = ours.method() + " " + template(ours.pathTemplate());
            if (!mine.equals(theirs)) {
                mismatches.add(pair.getKey() + " is " + mine + " but " + meta + pair.getValue() + " is " + theirs);
            }
            pairedSdk.add(meta + pair.getValue());
        }
        assertThat(mismatches).isEmpty();
        assertThat(SdkOperations.MAPPED).hasSize(110);

        Set<String> unpairedSdk = new HashSet<>(sdk.keySet());
        unpairedSdk.removeAll(pairedSdk);
        assertThat(unpairedSdk.stream().map(name -> name.substring(name.indexOf('.') + 1)).toList())
                .containsExactlyInAnyOrderElementsOf(SdkOperations.SDK_ONLY);
        Set<String> unpairedSdkPaths = new HashSet<>();
        unpairedSdk.forEach(name -> unpairedSdkPaths.add(sdk.get(name)));
        for (Operation operation : OperationCatalog.instance().documented()) {
            assertThat(unpairedSdkPaths).as(operation.name())
                    .doesNotContain(operation.method() + " " + template(operation.pathTemplate()));
        }

        Set<String> documented = new HashSet<>();
        OperationCatalog.instance().documented().forEach(operation -> documented.add(operation.name()));
        Set<String> accounted = new HashSet<>(SdkOperations.MAPPED.keySet());
        accounted.addAll(SdkOperations.NOT_IN_SDK);
        assertThat(accounted).isEqualTo(documented).hasSize(119);
    }

    /** Path parameters are compared by position, not by name ({org_id} and {domain_id} name the same thing). */
    private static String template(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
