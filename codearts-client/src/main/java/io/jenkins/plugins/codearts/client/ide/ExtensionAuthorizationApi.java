package io.jenkins.plugins.codearts.client.ide;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.IdeResult;
import io.jenkins.plugins.codearts.client.ide.model.authorization.ExtensionAuthorization;
import io.jenkins.plugins.codearts.client.ide.model.authorization.SetExtensionAuthorizationRequest;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.Objects;

/**
 * IDE Online document chapter 4.5, plug-in authorisation: whether a plug-in in an instance may call third-party
 * services with the logged-in user's token.
 */
public final class ExtensionAuthorizationApi {

    private static final TypeReference<IdeResult<ExtensionAuthorization>> AUTHORIZATION = new TypeReference<>() { };
    private static final TypeReference<IdeResult<Boolean>> BOOLEAN_RESULT = new TypeReference<>() { };

    private final Transport transport;

    ExtensionAuthorizationApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * The authorisation of a plug-in version in an instance ({@code GET /v2/extension/authorization}); all three
     * parameters are mandatory.
     *
     * @param identifier {@code publisher.extensionName}, e.g. {@code redhat.java}
     */
    public IdeResult<ExtensionAuthorization> showExtensionAuthorization(String extensionVersion, String identifier,
            String instanceId) {
        PathIds.validate(OperationCatalog.SHOW_EXTENSION_AUTHORIZATION, "extension_version", extensionVersion);
        PathIds.validate(OperationCatalog.SHOW_EXTENSION_AUTHORIZATION, "identifier", identifier);
        PathIds.validate(OperationCatalog.SHOW_EXTENSION_AUTHORIZATION, "instance_id", instanceId);
        Query query = Query.builder().add("extension_version", extensionVersion).add("identifier", identifier)
                .add("instance_id", instanceId).build();
        return transport.execute(OperationCatalog.SHOW_EXTENSION_AUTHORIZATION, PathParams.of(), query, null,
                AUTHORIZATION);
    }

    /** Records the user's decision ({@code POST /v2/extension/authorization/{instance_id}}). */
    public IdeResult<Boolean> setExtensionAuthorization(String instanceId, SetExtensionAuthorizationRequest request) {
        return transport.execute(OperationCatalog.SET_EXTENSION_AUTHORIZATION, PathParams.of("instance_id", instanceId),
                Query.empty(), RequiredFields.body(OperationCatalog.SET_EXTENSION_AUTHORIZATION, request),
                BOOLEAN_RESULT);
    }
}
