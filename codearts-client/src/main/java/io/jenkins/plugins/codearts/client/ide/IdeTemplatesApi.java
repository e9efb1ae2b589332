package io.jenkins.plugins.codearts.client.ide;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.templates.StackTemplatesResponse;
import java.util.Objects;

/** IDE Online document chapter 4.3, starter-project templates of a stack. */
public final class IdeTemplatesApi {

    private final Transport transport;

    IdeTemplatesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Templates of a stack ({@code GET /v2/templates}).
     *
     * @param stackId mandatory, e.g. {@code all}
     * @param arch optional {@code x86} or {@code arm}
     */
    public StackTemplatesResponse listStackTemplates(String stackId, String arch) {
        PathIds.validate(OperationCatalog.LIST_STACK_TEMPLATES, "stack_id", stackId);
        return transport.execute(OperationCatalog.LIST_STACK_TEMPLATES, PathParams.of(),
                Query.builder().add("arch", arch).add("stack_id", stackId).build(), null,
                StackTemplatesResponse.class);
    }
}
