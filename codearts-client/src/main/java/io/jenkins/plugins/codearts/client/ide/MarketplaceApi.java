package io.jenkins.plugins.codearts.client.ide;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.IdeResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CategoryPage;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateStarRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.EvaluationPage;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.EvaluationThread;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionCategory;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionDetailsRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionFilter;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionPublishResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionQueryResponse;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionQueryResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionStar;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FileChunkResult;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FileChunkUpload;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FilterCriterion;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplaceExtension;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplacePublisher;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplaceUploadResponse;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.PublishExtensionRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.QueryExtensionsRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReplyEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReportEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.StarPage;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.UploadCheckResult;
import io.jenkins.plugins.codearts.client.internal.MultipartForm;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IDE Online document chapter 4.6, the plug-in marketplace: uploads, publishing, queries, evaluations and stars.
 * Calls that answer {@code {"result": <free-form>, "status": ...}} return the result as a JSON tree.
 */
public final class MarketplaceApi {

    /** The only value the document allows for {@code official}. */
    public static final String OFFICIAL_CODEARTS_IDE_ONLINE = "CodeArtsIDEOnline";

    private static final TypeReference<IdeResult<JsonNode>> FREE_FORM = new TypeReference<>() { };
    private static final TypeReference<IdeResult<EvaluationPage>> EVALUATIONS = new TypeReference<>() { };
    private static final TypeReference<IdeResult<StarPage>> STARS = new TypeReference<>() { };
    private static final TypeReference<IdeResult<CategoryPage>> CATEGORIES = new TypeReference<>() { };
    private static final TypeReference<IdeResult<ExtensionPublishResult>> PUBLISHED = new TypeReference<>() { };
    private static final TypeReference<IdeResult<UploadCheckResult>> CHECKS = new TypeReference<>() { };
    private static final TypeReference<IdeResult<List<MarketplacePublisher>>> PUBLISHERS = new TypeReference<>() { };
    private static final TypeReference<IdeResult<FileChunkResult>> CHUNK = new TypeReference<>() { };
    private static final TypeReference<MarketplaceUploadResponse> UPLOAD = new TypeReference<>() { };

    private final Transport transport;

    MarketplaceApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Uploads a plug-in package for CodeArts IDE Online ({@code POST /v1/marketplace/file/plugin}, form field
     * {@code file}).
     */
    public MarketplaceUploadResponse uploadMarketplacePlugin(UploadFile pluginPackage) {
        return uploadMarketplacePlugin(OFFICIAL_CODEARTS_IDE_ONLINE, pluginPackage);
    }

    /**
     * Uploads a plug-in package ({@code POST /v1/marketplace/file/plugin?official=}).
     *
     * @param official the target; the document supports only {@value #OFFICIAL_CODEARTS_IDE_ONLINE}
     */
    public MarketplaceUploadResponse uploadMarketplacePlugin(String official, UploadFile pluginPackage) {
        PathIds.validate(OperationCatalog.UPLOAD_MARKETPLACE_PLUGIN, "official", official);
        return transport.upload(OperationCatalog.UPLOAD_MARKETPLACE_PLUGIN, PathParams.of(),
                Query.of("official", official), new MultipartForm().file("file", pluginPackage).build(), UPLOAD);
    }

    /** Comments on an extension ({@code POST /v1/marketplace/extension/evaluation}). */
    public IdeResult<JsonNode> createExtensionEvaluation(CreateEvaluationRequest request) {
        return post(OperationCatalog.CREATE_EXTENSION_EVALUATION, request);
    }

    /** Replies to a comment or a reply ({@code POST /v1/marketplace/extension/evaluation/reply}). */
    public IdeResult<JsonNode> replyEvaluation(ReplyEvaluationRequest request) {
        return post(OperationCatalog.REPLY_EVALUATION, request);
    }

    /** Rates an extension ({@code POST /v1/marketplace/star}). */
    public IdeResult<JsonNode> createExtensionStar(CreateStarRequest request) {
        return post(OperationCatalog.CREATE_EXTENSION_STAR, request);
    }

    /**
     * Reports a comment or reply ({@code POST /v1/marketplace/extension/evaluation/accusation}).
     *
     * @throws CodeArtsInvalidArgumentException when neither {@code evaluation_id} nor {@code reply_id} is given
     */
    public IdeResult<JsonNode> reportEvaluation(ReportEvaluationRequest request) {
        RequiredFields.body(OperationCatalog.REPORT_EVALUATION, request);
        if (isBlank(request.evaluationId()) && isBlank(request.replyId())) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.REPORT_EVALUATION.name(),
                    "evaluation_id/reply_id", null, "are both missing; give the id of the comment (evaluation_id) or"
                            + " of the reply (reply_id) being reported");
        }
        return post(OperationCatalog.REPORT_EVALUATION, request);
    }

    /** Deletes a comment ({@code DELETE /v1/marketplace/evaluation/{evaluation_id}}). */
    public IdeResult<JsonNode> deleteEvaluation(long evaluationId) {
        return transport.execute(OperationCatalog.DELETE_EVALUATION,
                PathParams.of("evaluation_id", Long.toString(evaluationId)), Query.empty(), null, FREE_FORM);
    }

    /** Deletes a reply ({@code DELETE /v1/marketplace/evaluation/reply/{reply_id}}). */
    public IdeResult<JsonNode> deleteEvaluationReply(long replyId) {
        return transport.execute(OperationCatalog.DELETE_EVALUATION_REPLY,
                PathParams.of("reply_id", Long.toString(replyId)), Query.empty(), null, FREE_FORM);
    }

    /** Searches extensions ({@code POST /v1/marketplace/extension/extensionquery}); each filter carries its page. */
    public ExtensionQueryResponse queryExtensions(QueryExtensionsRequest request) {
        return transport.execute(OperationCatalog.QUERY_EXTENSIONS, PathParams.of(), Query.empty(),
                RequiredFields.body(OperationCatalog.QUERY_EXTENSIONS, request), ExtensionQueryResponse.class);
    }

    /**
     * Every extension matching {@code criteria}, fetched lazily a page at a time (page numbers start at 1). The
     * response reports no total, so iteration stops at the first page shorter than {@code pageSize}.
     */
    public PageIterable<MarketplaceExtension> iterateExtensions(List<FilterCriterion> criteria, int flags,
            int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            ExtensionFilter filter = new ExtensionFilter(criteria, offset / limit + 1, (long) limit, null, null);
            ExtensionQueryResponse response = queryExtensions(new QueryExtensionsRequest(List.of(filter), flags));
            List<MarketplaceExtension> extensions = new ArrayList<>();
            if (response.results() != null) {
                for (ExtensionQueryResult result : response.results()) {
                    if (result.extensions() != null) {
                        extensions.addAll(result.extensions());
                    }
                }
            }
            return new Paged<>(extensions, offset, limit, -1);
        });
    }

    /** Public details of extensions by id ({@code POST /v1/marketplace/extension/public/detail}). */
    public ExtensionQueryResponse showExtensionDetails(String ids) {
        return transport.execute(OperationCatalog.SHOW_EXTENSION_DETAILS, PathParams.of(), Query.empty(),
                new ExtensionDetailsRequest(ids), ExtensionQueryResponse.class);
    }

    /**
     * One page of an extension's comments with their replies ({@code GET /v1/marketplace/feedback/evaluation}; the
     * document's example uses POST, the template GET, which this client sends).
     */
    public IdeResult<EvaluationPage> listExtensionEvaluations(String extensionId, long offset, long limit) {
        PageArguments.check(OperationCatalog.LIST_EXTENSION_EVALUATIONS, offset, limit);
        PathIds.validate(OperationCatalog.LIST_EXTENSION_EVALUATIONS, "extension_id", extensionId);
        return transport.execute(OperationCatalog.LIST_EXTENSION_EVALUATIONS, PathParams.of(),
                Query.builder().add("extension_id", extensionId).add("limit", limit).add("offset", offset).build(),
                null, EVALUATIONS);
    }

    /** Every comment of an extension, fetched lazily {@code pageSize} at a time. */
    public PageIterable<EvaluationThread> iterateExtensionEvaluations(String extensionId, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            EvaluationPage page = listExtensionEvaluations(extensionId, offset, limit).result();
            return page == null ? new Paged<>(List.of(), offset, limit, 0)
                    : Paged.of(page.items(), offset, limit, page.totalItemsCount());
        });
    }

    /** One page of an extension's star ratings ({@code GET /v1/marketplace/feedback/star}; the example uses POST). */
    public IdeResult<StarPage> listExtensionStars(String extensionId, long offset, long limit) {
        PageArguments.check(OperationCatalog.LIST_EXTENSION_STARS, offset, limit);
        PathIds.validate(OperationCatalog.LIST_EXTENSION_STARS, "extension_id", extensionId);
        return transport.execute(OperationCatalog.LIST_EXTENSION_STARS, PathParams.of(),
                Query.builder().add("extension_id", extensionId).add("limit", limit).add("offset", offset).build(),
                null, STARS);
    }

    /** Every star rating of an extension, fetched lazily {@code pageSize} at a time. */
    public PageIterable<ExtensionStar> iterateExtensionStars(String extensionId, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            StarPage page = listExtensionStars(extensionId, offset, limit).result();
            return page == null ? new Paged<>(List.of(), offset, limit, 0)
                    : Paged.of(page.items(), offset, limit, page.totalItemsCount());
        });
    }

    /**
     * One page of marketplace categories ({@code GET /v1/marketplace/extension/category}; the example uses POST).
     *
     * @param pageNum 1-based page number
     * @param sceneName optional, e.g. {@code cloudide}
     * @param supportIde optional supported-IDE filter
     * @param type optional data source
     */
    public IdeResult<CategoryPage> listExtensionCategories(long pageNum, long pageSize, String sceneName,
            Integer supportIde, Integer type) {
        if (pageNum < 1) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.LIST_EXTENSION_CATEGORIES.name(), "page_num",
                    String.valueOf(pageNum), "must be 1 or more (pages are numbered from 1)");
        }
        PageArguments.check(OperationCatalog.LIST_EXTENSION_CATEGORIES, 0, pageSize);
        Query query = Query.builder().add("page_num", pageNum).add("page_size", pageSize).add("scene_name", sceneName)
                .add("support_ide", supportIde).add("type", type).build();
        return transport.execute(OperationCatalog.LIST_EXTENSION_CATEGORIES, PathParams.of(), query, null, CATEGORIES);
    }

    /** Every category, fetched lazily {@code pageSize} at a time. */
    public PageIterable<ExtensionCategory> iterateExtensionCategories(String sceneName, Integer supportIde,
            Integer type, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            CategoryPage page = listExtensionCategories(offset / limit + 1, limit, sceneName, supportIde,
                    type).result();
            return page == null ? new Paged<>(List.of(), offset, limit, 0)
                    : Paged.of(page.items(), offset, limit, page.totalItemsCount());
        });
    }

    /**
     * Publishes (archives) an upload task ({@code POST /v1/marketplace/extension/{task_id}/archiving}).
     *
     * @param type task type; the document's example uses 10
     */
    public IdeResult<ExtensionPublishResult> publishExtension(String taskId, int type) {
        return transport.execute(OperationCatalog.PUBLISH_EXTENSION, PathParams.of("task_id", taskId), Query.empty(),
                new PublishExtensionRequest(type), PUBLISHED);
    }

    /** Validation results of an upload task ({@code GET /v1/marketplace/extension/{task_id}/status}). */
    public IdeResult<UploadCheckResult> showExtensionCheckResult(String taskId) {
        return transport.execute(OperationCatalog.SHOW_EXTENSION_CHECK_RESULT, PathParams.of("task_id", taskId),
                Query.empty(), null, CHECKS);
    }

    /** The caller's publishers, optionally filtered by name ({@code GET /v1/marketplace/publishers/mine}). */
    public IdeResult<List<MarketplacePublisher>> listMyPublishers(String name) {
        return transport.execute(OperationCatalog.LIST_MY_PUBLISHERS, PathParams.of(), Query.of("name", name), null,
                PUBLISHERS);
    }

    /**
     * Uploads one chunk of a file ({@code POST /v2/fileservice/file/upload}; the document's example URL says
     * {@code /v1}, the template {@code /v2}, which this client sends). The chunk is streamed.
     */
    public IdeResult<FileChunkResult> uploadFileChunk(FileChunkUpload chunk) {
        RequiredFields.argument(OperationCatalog.UPLOAD_FILE_CHUNK, chunk, "chunk",
                "build one with FileChunkUpload.builder()");
        MultipartForm form = new MultipartForm()
                .file("file", chunk.file())
                .field("publisher_id", chunk.publisherId())
                .field("chunk_index", chunk.chunkIndex())
                .field("merge", chunk.merge())
                // table 4-269 says total_chunk_number; the SDK sends total_chunk_num
                .field("total_chunk_num", chunk.totalChunkNumber())
                .field("parent_file_size", chunk.parentFileSize())
                .field("parent_file_name", chunk.parentFileName())
                .field("override", chunk.override())
                .field("chunk_md5", chunk.chunkMd5())
                .field("parent_file_sha256", chunk.parentFileSha256())
                .field("task_id", chunk.taskId());
        return transport.upload(OperationCatalog.UPLOAD_FILE_CHUNK, PathParams.of(), Query.empty(), form.build(),
                CHUNK);
    }

    private IdeResult<JsonNode> post(Operation operation, Object request) {
        return transport.execute(operation, PathParams.of(), Query.empty(), RequiredFields.body(operation, request),
                FREE_FORM);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
