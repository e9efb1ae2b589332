package io.jenkins.plugins.codearts.client.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.MultipartForm;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.CreatePublisherRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.Publisher;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublisherDetails;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublisherPage;
import java.util.List;
import java.util.Objects;

/** Pipeline document chapter 4.9, the publisher calls. {@code domainId} is the tenant id. */
public final class PublishersApi {

    private static final TypeReference<List<Publisher>> PUBLISHERS = new TypeReference<>() { };
    private static final TypeReference<JsonNode> TREE = new TypeReference<>() { };

    private final Transport transport;

    PublishersApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Creates a publisher ({@code POST /v1/{domain_id}/publisher/create}); true when it worked. */
    public boolean createPublisher(String domainId, CreatePublisherRequest request) {
        return Boolean.TRUE.equals(transport.execute(OperationCatalog.CREATE_PUBLISHER,
                PathParams.of("domain_id", domainId), Query.empty(),
                RequiredFields.body(OperationCatalog.CREATE_PUBLISHER, request),
                Boolean.class));
    }

    /**
     * Uploads a publisher icon ({@code POST /v1/{domain_id}/common/upload-publisher-icon}, form field
     * {@code upload_file}) and returns the icon's access path.
     */
    public String uploadPublisherIcon(String domainId, String publisherEnName, UploadFile icon) {
        JsonNode path = transport.upload(OperationCatalog.UPLOAD_PUBLISHER_ICON, PathParams.of("domain_id", domainId),
                Query.of("publisher_en_name", publisherEnName), new MultipartForm().file("upload_file", icon).build(),
                TREE);
        return ExtensionsApi.iconPath(OperationCatalog.UPLOAD_PUBLISHER_ICON, path);
    }

    /**
     * One page of publishers ({@code GET /v1/{domain_id}/publisher/query-all}); the document types offset and limit
     * as strings, they are sent as decimal text either way.
     */
    public PublisherPage listPublishers(String domainId, String name, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_PUBLISHERS, offset, limit);
        Query query = Query.builder().add("offset", offset).add("limit", limit).add("name", name).build();
        return transport.execute(OperationCatalog.LIST_PUBLISHERS, PathParams.of("domain_id", domainId), query, null,
                PublisherPage.class);
    }

    /** Every publisher, fetched lazily {@code pageSize} at a time. */
    public PageIterable<Publisher> iteratePublishers(String domainId, String name, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            PublisherPage page = listPublishers(domainId, name, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** Publishers the caller may publish with ({@code GET /v1/{domain_id}/publisher/optional-publisher}). */
    public List<Publisher> listAvailablePublishers(String domainId) {
        return transport.execute(OperationCatalog.LIST_AVAILABLE_PUBLISHERS, PathParams.of("domain_id", domainId),
                Query.empty(), null, PUBLISHERS);
    }

    /** Deletes a publisher ({@code DELETE /v1/{domain_id}/publisher/delete?publisher_unique_id=}). */
    public boolean deletePublisher(String domainId, String publisherUniqueId) {
        PathIds.validate(OperationCatalog.DELETE_PUBLISHER, "publisher_unique_id", publisherUniqueId);
        return Boolean.TRUE.equals(transport.execute(OperationCatalog.DELETE_PUBLISHER,
                PathParams.of("domain_id", domainId), Query.of("publisher_unique_id", publisherUniqueId), null,
                Boolean.class));
    }

    /** Publishers by id ({@code POST /v1/{domain_id}/publisher/detail}, body: a bare array of ids). */
    public PublisherDetails showPublisherDetails(String domainId, List<String> publisherIds) {
        return transport.execute(OperationCatalog.SHOW_PUBLISHER_DETAILS, PathParams.of("domain_id", domainId),
                Query.empty(), List.copyOf(RequiredFields.argument(OperationCatalog.SHOW_PUBLISHER_DETAILS,
                publisherIds, "publisher ids", "pass the publisher_unique_id values to look up")),
                PublisherDetails.class);
    }
}
