package io.jenkins.plugins.codearts.client.ide;

import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.AcceptanceId;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationCreated;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationOptions;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationResult;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateAcceptanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateEventRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateLoginRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.EventId;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.JoinRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.JoinResult;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.LoginId;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.Objects;

/** IDE Online document chapter 4.7, codebreeze (CodeArts Snap code generation). */
public final class CodebreezeApi {

    private final Transport transport;

    CodebreezeApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Records that a generated suggestion was accepted ({@code POST .../code-generation/acceptance}). */
    public AcceptanceId createAcceptance(CreateAcceptanceRequest request) {
        return post(OperationCatalog.CREATE_ACCEPTANCE, Query.empty(), request, AcceptanceId.class);
    }

    /**
     * Submits a code-generation request ({@code POST .../code-generation/request}).
     *
     * @param options query options (topn, scenario, resubmit, model_id, request_type); null for none
     */
    public CodeGenerationCreated createCodeGenerationRequest(CodeGenerationRequest request,
            CodeGenerationOptions options) {
        CodeGenerationOptions o = options == null ? CodeGenerationOptions.none() : options;
        Query query = Query.builder().add("topn", o.topn()).add("scenario", o.scenario()).add("resubmit", o.resubmit())
                .add("model_id", o.modelId()).add("request_type", o.requestType()).build();
        return post(OperationCatalog.CREATE_CODE_GENERATION_REQUEST, query, request, CodeGenerationCreated.class);
    }

    /**
     * The generated snippets of a request ({@code GET .../code-generation/results?request_id=}; the example uses POST,
     * the template GET, which this client sends).
     */
    public CodeGenerationResult showCodeGenerationResult(String requestId) {
        PathIds.validate(OperationCatalog.SHOW_CODE_GENERATION_RESULT, "request_id", requestId);
        return transport.execute(OperationCatalog.SHOW_CODE_GENERATION_RESULT, PathParams.of(),
                Query.of("request_id", requestId), null, CodeGenerationResult.class);
    }

    /** Records a plug-in login ({@code POST .../code-generation/login}). */
    public LoginId createLogin(CreateLoginRequest request) {
        return post(OperationCatalog.CREATE_LOGIN, Query.empty(), request, LoginId.class);
    }

    /** Applies to join the beta ({@code POST /v2/aims/codemodelserver/join-request}). */
    public JoinResult createJoinRequest(JoinRequest request) {
        return post(OperationCatalog.CREATE_JOIN_REQUEST, Query.empty(), request, JoinResult.class);
    }

    /** Records a usage event ({@code POST /v2/aims/codemodelserver/management/event}). */
    public EventId createEvent(CreateEventRequest request) {
        return post(OperationCatalog.CREATE_EVENT, Query.empty(), request, EventId.class);
    }

    private <T> T post(Operation operation, Query query, Object request,
            Class<T> type) {
        return transport.execute(operation, PathParams.of(), query, RequiredFields.body(operation, request), type);
    }
}
