package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import okhttp3.MediaType;

/** Writes request objects as JSON bytes, within what the gateway accepts for the configured credentials. */
final class JsonRequestBodies {

    static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

    private JsonRequestBodies() {
    }

    /** The JSON bytes of {@code body}; empty for null. */
    static byte[] serialize(Operation operation, Object body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            return CodeArtsJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "request body",
                    body.getClass().getSimpleName(), "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** Refuses a body the gateway would reject unread: AK/SK signs the body, up to 12 MB. */
    static void checkSignable(CodeArtsConfig config, Operation operation, byte[] bytes) {
        if (config.credentials() instanceof AkSkCredentials && bytes.length > AkSkSigner.MAX_SIGNED_BODY_BYTES) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "request body", bytes.length + " bytes",
                    "is larger than the 12 MB the API gateway accepts for AK/SK-signed requests; use"
                            + " PasswordCredentials (token authentication) for bodies this large");
        }
    }
}
