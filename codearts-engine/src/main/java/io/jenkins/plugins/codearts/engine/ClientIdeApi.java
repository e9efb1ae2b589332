package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.ide.IdeInstancesApi;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceCreated;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceDetail;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeState;
import io.jenkins.plugins.codearts.client.ide.model.StartIdeInstanceRequest;

/**
 * {@link IdeApi} on the client's typed IDE Online operations ({@code client.ide().instances()}) and model records.
 */
final class ClientIdeApi implements IdeApi {

    private final CodeArtsClient client;

    ClientIdeApi(CodeArtsClient client) {
        this.client = client;
    }

    private IdeInstancesApi instances() {
        return client.ide().instances();
    }

    @Override
    public Created create(IdeInstanceSpec request) {
        var body = new io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest(request.displayName(),
                request.stackId(), request.cpuMemory(), request.pvcQuantity(), request.refreshInterval(),
                request.arch(), request.description(), request.temporary(), request.labelTag(),
                request.plugins().isEmpty() ? null : request.plugins(),
                request.pluginVars().isEmpty() ? null : request.pluginVars(),
                null, null, null, null, null, null, null, null, null);
        IdeInstanceCreated created = instances().createIdeInstance(request.orgId(), body);
        return new Created(created.id(), created.link(), created.arch());
    }

    @Override
    public Status status(String instanceId) {
        IdeRuntimeState state = instances().showIdeInstanceStatus(instanceId);
        return new Status(state.status() == null ? null : state.status().name(), state.serverUrl());
    }

    @Override
    public String link(String instanceId) {
        IdeInstanceDetail detail = instances().showIdeInstance(instanceId);
        return detail == null || detail.instance() == null ? null : detail.instance().link();
    }

    @Override
    public void start(String instanceId) {
        instances().startIdeInstance(instanceId, StartIdeInstanceRequest.none());
    }

    @Override
    public void stop(String instanceId) {
        instances().stopIdeInstance(instanceId);
    }

    @Override
    public void delete(String instanceId) {
        instances().deleteIdeInstance(instanceId);
    }
}
