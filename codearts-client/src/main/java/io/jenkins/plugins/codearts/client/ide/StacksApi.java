package io.jenkins.plugins.codearts.client.ide;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.stacks.StackPricesResponse;
import io.jenkins.plugins.codearts.client.ide.model.stacks.StacksByTagResponse;
import io.jenkins.plugins.codearts.client.ide.model.stacks.StacksResponse;
import java.util.List;
import java.util.Objects;

/** IDE Online document chapter 4.2, technology stacks, and the deprecated stack call of chapter 8. */
public final class StacksApi {

    private final Transport transport;

    StacksApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Stacks of the region, optionally only those with one of {@code tags} ({@code GET /v2/stacks/tag}); each tag is
     * sent as its own {@code tags} parameter. Instances refer to a stack by its {@code stack_name}.
     */
    public StacksByTagResponse listStacksByTag(List<String> tags) {
        return transport.execute(OperationCatalog.LIST_STACKS_BY_TAG, PathParams.of(), tagsQuery(tags), null,
                StacksByTagResponse.class);
    }

    /** Prices of the instance sizes and disks ({@code GET /v2/stacks/price}). */
    public StackPricesResponse listStackPrices() {
        return transport.execute(OperationCatalog.LIST_STACK_PRICES, PathParams.of(), Query.empty(), null,
                StackPricesResponse.class);
    }

    /**
     * Stacks by tag, the historical call ({@code GET /v2/stacks}).
     *
     * @deprecated replaced by {@link #listStacksByTag(List)} ({@code GET /v2/stacks/tag}) in the document's
     *     2022-01-11 revision; kept because the document still lists it (chapter 8.1.1)
     */
    @Deprecated
    public StacksResponse listStacks(List<String> tags) {
        return transport.execute(OperationCatalog.LIST_STACKS, PathParams.of(), tagsQuery(tags), null,
                StacksResponse.class);
    }

    private static Query tagsQuery(List<String> tags) {
        Query.Builder query = Query.builder();
        if (tags != null) {
            tags.forEach(tag -> query.add("tags", tag));
        }
        return query.build();
    }
}
