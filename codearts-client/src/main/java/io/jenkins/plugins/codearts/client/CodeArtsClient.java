package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.internal.IamTokenProvider;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.IdeService;
import io.jenkins.plugins.codearts.client.pipeline.PipelineService;
import java.util.Map;
import java.util.Objects;

/**
 * The CodeArts API client: one entry point per service ({@link #pipeline()}, {@link #ide()}), the operation
 * catalogue, and a generic JSON call. Thread-safe; create one per configuration and close it when done.
 *
 * <pre>{@code
 * try (CodeArtsClient client = CodeArtsClient.create(config)) {
 *     PipelineRunDetail detail = client.pipeline().pipelines().showPipelineRunDetail(projectId, pipelineId, runId);
 * }
 * }</pre>
 */
public final class CodeArtsClient implements AutoCloseable {

    private final CodeArtsConfig config;
    private final Transport transport;
    private final PipelineService pipeline;
    private final IdeService ide;

    private CodeArtsClient(CodeArtsConfig config) {
        this.config = config;
        this.transport = new Transport(config);
        this.pipeline = new PipelineService(transport);
        this.ide = new IdeService(transport);
    }

    public static CodeArtsClient create(CodeArtsConfig config) {
        return new CodeArtsClient(Objects.requireNonNull(config, "config"));
    }

    public CodeArtsConfig config() {
        return config;
    }

    /** CodeArts Pipeline operations, grouped by the document's chapters. */
    public PipelineService pipeline() {
        return pipeline;
    }

    /** CodeArts IDE Online operations, grouped by the document's chapters. */
    public IdeService ide() {
        return ide;
    }

    /** Every operation with its method, path template, service and retry safety. */
    public OperationCatalog operations() {
        return OperationCatalog.instance();
    }

    /**
     * The generic JSON call (the CLI's {@code api} command): sends {@code jsonBody} (may be null) to the operation
     * and returns the response body as a tree. Errors are thrown as for the typed methods.
     *
     * @throws CodeArtsInvalidArgumentException when {@code jsonBody} is not valid JSON or an id is malformed
     */
    public JsonNode call(Operation operation, Map<String, String> pathParams, Query query, String jsonBody) {
        JsonNode body = null;
        if (jsonBody != null && !jsonBody.isBlank()) {
            try {
                body = CodeArtsJson.mapper().readTree(jsonBody);
            } catch (JsonProcessingException e) {
                throw new CodeArtsInvalidArgumentException(operation.name(), "request body", null,
                        "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
            }
        }
        return transport.executeTree(operation, pathParams, query == null ? Query.empty() : query, body);
    }

    /** {@link #call(Operation, Map, Query, String)} by operation name, e.g. {@code "showPipelineRunDetail"}. */
    public JsonNode call(String operationName, Map<String, String> pathParams, Query query, String jsonBody) {
        return call(operations().require(operationName), pathParams, query, jsonBody);
    }

    /**
     * The IAM project id and account (domain) id. With password credentials this fetches (or reuses) the token;
     * with AK/SK it returns what the configuration holds.
     */
    public CodeArtsIdentity identity() {
        IamTokenProvider tokens = transport.tokenProvider();
        if (tokens != null) {
            IamTokenProvider.IamToken token = tokens.token();
            return new CodeArtsIdentity(token.projectId() != null ? token.projectId() : config.iamProjectId(),
                    token.domainId() != null ? token.domainId() : config.domainId());
        }
        return new CodeArtsIdentity(config.iamProjectId(), config.domainId());
    }

    @Override
    public void close() {
        transport.close();
    }
}
