package io.jenkins.plugins.codearts.client.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.MultipartForm;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.BasicPluginDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.BasicPluginPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.BasicPluginSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListAllPluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListStagePluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginBasic;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginBasicPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginGroup;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginInfoRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginInputs;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginOutputs;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginQuery;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionNumbers;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginDraftRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.SelectablePluginPage;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.SelectablePluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.StagePlugins;
import java.util.List;
import java.util.Objects;

/**
 * Pipeline document chapter 4.9, extension plug-ins (the publisher calls of the chapter are in {@link PublishersApi}).
 * {@code domainId} is the tenant id. Calls documented to answer a bare {@code true} return that boolean.
 */
public final class ExtensionsApi {

    private static final TypeReference<List<PluginOutputs>> OUTPUTS = new TypeReference<>() { };
    private static final TypeReference<List<PluginInputs>> INPUTS = new TypeReference<>() { };
    private static final TypeReference<Boolean> BOOLEAN = new TypeReference<>() { };
    private static final TypeReference<JsonNode> TREE = new TypeReference<>() { };

    private final Transport transport;

    ExtensionsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Creates a plug-in version ({@code POST /v1/{domain_id}/agent-plugin/create}). */
    public boolean createPluginVersion(String domainId, PluginVersionRequest request) {
        return send(OperationCatalog.CREATE_PLUGIN_VERSION, domainId, request);
    }

    /** Creates a draft version ({@code POST /v1/{domain_id}/agent-plugin/create-draft}). */
    public boolean createPluginDraft(String domainId, PluginVersionRequest request) {
        return send(OperationCatalog.CREATE_PLUGIN_DRAFT, domainId, request);
    }

    /** Edits a draft ({@code POST /v1/{domain_id}/agent-plugin/edit-draft}). */
    public boolean updatePluginDraft(String domainId, PluginVersionRequest request) {
        return send(OperationCatalog.UPDATE_PLUGIN_DRAFT, domainId, request);
    }

    /** Releases a draft ({@code POST /v1/{domain_id}/agent-plugin/publish-draft}). */
    public boolean publishPluginDraft(String domainId, PublishPluginDraftRequest request) {
        return send(OperationCatalog.PUBLISH_PLUGIN_DRAFT, domainId, request);
    }

    /** Updates the basic information of a plug-in ({@code POST /v1/{domain_id}/agent-plugin/update-info}). */
    public boolean updatePluginInfo(String domainId, PluginInfoRequest request) {
        return send(OperationCatalog.UPDATE_PLUGIN_INFO, domainId, request);
    }

    /** Releases a plug-in ({@code POST /v1/{domain_id}/agent-plugin/publish-plugin}). */
    public boolean publishPlugin(String domainId, PublishPluginRequest request) {
        return send(OperationCatalog.PUBLISH_PLUGIN, domainId, request);
    }

    /** Binds a plug-in to a publisher ({@code POST /v1/{domain_id}/agent-plugin/publish-plugin-bind}). */
    public boolean bindPluginToPublisher(String domainId, PublishPluginRequest request) {
        return send(OperationCatalog.BIND_PLUGIN_TO_PUBLISHER, domainId, request);
    }

    /**
     * Uploads a plug-in icon ({@code POST /v1/{domain_id}/common/upload-plugin-icon}, form field
     * {@code upload_file}) and returns the icon's access path.
     */
    public String uploadPluginIcon(String domainId, String pluginName, UploadFile icon) {
        Operation operation = OperationCatalog.UPLOAD_PLUGIN_ICON;
        JsonNode path = transport.upload(operation, PathParams.of("domain_id", domainId),
                Query.of("plugin_name", pluginName), new MultipartForm().file("upload_file", icon).build(), TREE);
        return iconPath(operation, path);
    }

    /** Deletes a draft ({@code DELETE /v1/{domain_id}/agent-plugin/delete-draft?plugin_name=&version=}). */
    public boolean deletePluginDraft(String domainId, String pluginName, String version) {
        return bool(OperationCatalog.DELETE_PLUGIN_DRAFT, domainId,
                Query.builder().add("plugin_name", pluginName).add("version", version).build(), null);
    }

    /** The plug-ins offered for each stage type ({@code POST /v1/{domain_id}/relation/stage-plugins}). */
    public StagePlugins listStagePlugins(String domainId, ListStagePluginsRequest request) {
        return transport.execute(OperationCatalog.LIST_STAGE_PLUGINS, PathParams.of("domain_id", domainId),
                Query.empty(), request == null ? ListStagePluginsRequest.builder().build() : request,
                StagePlugins.class);
    }

    /**
     * One page of basic plug-ins ({@code GET /v1/{domain_id}/relation/plugin/single}).
     *
     * @param attribution optional, e.g. {@code official}
     */
    public BasicPluginPage listBasicPlugins(String domainId, String attribution, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_BASIC_PLUGINS, offset, limit);
        Query query = Query.builder().add("attribution", attribution).add("offset", offset).add("limit", limit)
                .build();
        return transport.execute(OperationCatalog.LIST_BASIC_PLUGINS, PathParams.of("domain_id", domainId), query,
                null, BasicPluginPage.class);
    }

    /** Every basic plug-in, fetched lazily {@code pageSize} at a time. */
    public PageIterable<BasicPluginSummary> iterateBasicPlugins(String domainId, String attribution, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            BasicPluginPage page = listBasicPlugins(domainId, attribution, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** One page of selectable plug-in groups ({@code POST /v1/{domain_id}/relation/plugins?offset=&limit=}). */
    public SelectablePluginPage listSelectablePluginsPaged(String domainId, SelectablePluginsRequest request,
            int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_SELECTABLE_PLUGINS_PAGED, offset, limit);
        return transport.execute(OperationCatalog.LIST_SELECTABLE_PLUGINS_PAGED, PathParams.of("domain_id", domainId),
                Query.builder().add("offset", offset).add("limit", limit).build(),
                request == null ? SelectablePluginsRequest.builder().build() : request, SelectablePluginPage.class);
    }

    /** Every selectable plug-in group, fetched lazily {@code pageSize} at a time. */
    public PageIterable<PluginGroup> iterateSelectablePlugins(String domainId, SelectablePluginsRequest request,
            int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            SelectablePluginPage page = listSelectablePluginsPaged(domainId, request, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** One page of the tenant's plug-ins ({@code POST /v1/{domain_id}/agent-plugin/query-all?offset=&limit=}). */
    public PluginBasicPage listAllPlugins(String domainId, ListAllPluginsRequest request, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_ALL_PLUGINS, offset, limit);
        return transport.execute(OperationCatalog.LIST_ALL_PLUGINS, PathParams.of("domain_id", domainId),
                Query.builder().add("offset", offset).add("limit", limit).build(),
                request == null ? ListAllPluginsRequest.builder().build() : request, PluginBasicPage.class);
    }

    /** Every plug-in of the tenant, fetched lazily {@code pageSize} at a time. */
    public PageIterable<PluginBasic> iterateAllPlugins(String domainId, ListAllPluginsRequest request, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            PluginBasicPage page = listAllPlugins(domainId, request, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /**
     * Metric configuration of the given plug-in versions ({@code POST /v1/{domain_id}/agent-plugin/plugin-metrics}).
     */
    public List<PluginOutputs> listPluginMetrics(String domainId, List<PluginQuery> plugins) {
        return transport.execute(OperationCatalog.LIST_PLUGIN_METRICS, PathParams.of("domain_id", domainId),
                Query.empty(), List.copyOf(RequiredFields.argument(OperationCatalog.LIST_PLUGIN_METRICS, plugins,
                        "plugin list", "pass the plug-in versions to look up (PluginQuery.builder())")), OUTPUTS);
    }

    /** Input configuration of the given plug-in versions ({@code POST /v1/{domain_id}/agent-plugin/plugin-input}). */
    public List<PluginInputs> listPluginInputs(String domainId, List<PluginQuery> plugins) {
        return transport.execute(OperationCatalog.LIST_PLUGIN_INPUTS, PathParams.of("domain_id", domainId),
                Query.empty(), List.copyOf(RequiredFields.argument(OperationCatalog.LIST_PLUGIN_INPUTS, plugins,
                        "plugin list", "pass the plug-in versions to look up (PluginQuery.builder())")), INPUTS);
    }

    /** Output configuration of the given plug-in versions ({@code POST /v1/{domain_id}/agent-plugin/plugin-output}). */
    public List<PluginOutputs> listPluginOutputs(String domainId, List<PluginQuery> plugins) {
        return transport.execute(OperationCatalog.LIST_PLUGIN_OUTPUTS, PathParams.of("domain_id", domainId),
                Query.empty(), List.copyOf(RequiredFields.argument(OperationCatalog.LIST_PLUGIN_OUTPUTS, plugins,
                        "plugin list", "pass the plug-in versions to look up (PluginQuery.builder())")), OUTPUTS);
    }

    /**
     * One page of the versions of a plug-in ({@code GET /v1/{domain_id}/agent-plugin/query}; the document's example
     * uses POST, the template GET, which this client sends).
     */
    public PluginBasicPage listPluginVersionsInfo(String domainId, String pluginName, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_PLUGIN_VERSIONS_INFO, offset, limit);
        Query query = Query.builder().add("plugin_name", pluginName).add("offset", offset).add("limit", limit).build();
        return transport.execute(OperationCatalog.LIST_PLUGIN_VERSIONS_INFO, PathParams.of("domain_id", domainId),
                query, null, PluginBasicPage.class);
    }

    /** Every version of a plug-in, fetched lazily {@code pageSize} at a time. */
    public PageIterable<PluginBasic> iteratePluginVersionsInfo(String domainId, String pluginName, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            PluginBasicPage page = listPluginVersionsInfo(domainId, pluginName, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** Details of one plug-in version ({@code GET /v1/{domain_id}/agent-plugin/detail?plugin_name=&version=}). */
    public PluginVersionDetail showPluginVersionDetail(String domainId, String pluginName, String version) {
        return transport.execute(OperationCatalog.SHOW_PLUGIN_VERSION_DETAIL, PathParams.of("domain_id", domainId),
                Query.builder().add("plugin_name", pluginName).add("version", version).build(), null,
                PluginVersionDetail.class);
    }

    /**
     * The version numbers of a plug-in ({@code GET /v1/{domain_id}/agent-plugin/all-version}). The table documents a
     * page object, the example a bare array of strings; both are read, the array into {@code data}.
     */
    public PluginVersionNumbers listPluginVersionNumbers(String domainId, String pluginName, int offset, int limit) {
        Operation operation = OperationCatalog.LIST_PLUGIN_VERSION_NUMBERS;
        PageArguments.check(operation, offset, limit);
        JsonNode body = transport.execute(operation, PathParams.of("domain_id", domainId),
                Query.builder().add("plugin_name", pluginName).add("offset", offset).add("limit", limit).build(), null,
                TREE);
        if (body.isArray()) {
            List<String> versions = CodeArtsJson.mapper().convertValue(body, new TypeReference<List<String>>() { });
            return new PluginVersionNumbers(offset, limit, versions.size(), versions);
        }
        if (!body.isObject()) {
            throw new CodeArtsBadResponseException(operation.name(), operation.name()
                    + ": expected a page object or an array of version strings but got " + body.getNodeType(), 200,
                    null, null);
        }
        return CodeArtsJson.mapper().convertValue(body, PluginVersionNumbers.class);
    }

    /** Creates a basic plug-in ({@code POST /v3/{domain_id}/extension/info/add}). */
    public boolean createBasicPlugin(String domainId, PluginInfoRequest request) {
        return send(OperationCatalog.CREATE_BASIC_PLUGIN, domainId, request);
    }

    /** Updates a basic plug-in ({@code POST /v3/{domain_id}/extension/info/update}). */
    public boolean updateBasicPlugin(String domainId, PluginInfoRequest request) {
        return send(OperationCatalog.UPDATE_BASIC_PLUGIN, domainId, request);
    }

    /**
     * Deletes a basic plug-in ({@code DELETE /v3/{domain_id}/extension/info/delete?plugin_name=}). The document's
     * example also sends an undocumented {@code type=all}; only the documented parameter is sent.
     */
    public boolean deleteBasicPlugin(String domainId, String pluginName) {
        return bool(OperationCatalog.DELETE_BASIC_PLUGIN, domainId, Query.of("plugin_name", pluginName), null);
    }

    /**
     * Uploads a basic plug-in package ({@code POST /v3/{domain_id}/extension/upload}, form field
     * {@code upload_file}), streamed from the file.
     *
     * @param businessType e.g. {@code Normal}
     */
    public boolean uploadBasicPlugin(String domainId, String pluginName, String businessType,
            UploadFile pluginPackage) {
        Boolean result = transport.upload(OperationCatalog.UPLOAD_BASIC_PLUGIN, PathParams.of("domain_id", domainId),
                Query.builder().add("plugin_name", pluginName).add("business_type", businessType).build(),
                new MultipartForm().file("upload_file", pluginPackage).build(), BOOLEAN);
        return Boolean.TRUE.equals(result);
    }

    /** Details of a basic plug-in ({@code GET /v3/{domain_id}/extension/detail?plugin_name=&version=}). */
    public BasicPluginDetail showBasicPluginDetail(String domainId, String pluginName, String version) {
        return transport.execute(OperationCatalog.SHOW_BASIC_PLUGIN_DETAIL, PathParams.of("domain_id", domainId),
                Query.builder().add("plugin_name", pluginName).add("version", version).build(), null,
                BasicPluginDetail.class);
    }

    private boolean bool(Operation operation, String domainId, Query query, Object body) {
        return Boolean.TRUE.equals(transport.execute(operation, PathParams.of("domain_id", domainId), query, body,
                Boolean.class));
    }

    /** Sends a mandatory JSON body and reads the bare boolean answer. */
    private boolean send(Operation operation, String domainId, Object request) {
        RequiredFields.body(operation, request);
        return bool(operation, domainId, Query.empty(), request);
    }

    /** The icon calls answer with the icon's access path as a JSON string. */
    static String iconPath(Operation operation, JsonNode body) {
        if (body != null && body.isTextual()) {
            return body.asText();
        }
        throw new CodeArtsBadResponseException(operation.name(), operation.name()
                + ": expected the icon path (bare text or a JSON string) but got "
                + (body == null ? "nothing" : body.getNodeType()),
                200, null, null);
    }
}
