package io.jenkins.plugins.codearts.client.ide;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.IamTokenProvider;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.CreatePartnerIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.IdeActivity;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstance;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceCreated;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceDetail;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceList;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstancePage;
import io.jenkins.plugins.codearts.client.ide.model.IdeResult;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeState;
import io.jenkins.plugins.codearts.client.ide.model.ListIdeInstancesQuery;
import io.jenkins.plugins.codearts.client.ide.model.StartIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.UpdateIdeInstanceRequest;
import java.util.Map;
import java.util.Set;

/**
 * Chapter 4.1 "IDE instance management" of the CodeArts IDE Online API: create, list, show, update, delete,
 * start, stop, keep alive and check IDE instances.
 */
public final class IdeInstancesApi {

    private static final Set<String> PVC_QUANTITIES = Set.of("5GB", "10GB", "20GB");
    private static final Set<String> CPU_MEMORY = Set.of("1U1G", "2U4G", "2U8G", "4U8G");
    private static final Set<Long> ORG_PAGE_SIZES = Set.of(10L, 15L, 30L);

    private final Transport transport;

    IdeInstancesApi(Transport transport) {
        this.transport = transport;
    }

    /** Whether {@code displayName} is already taken (the document's example answers {@code true}). */
    public boolean checkIdeInstanceNameDuplicate(String displayName) {
        Operation op = OperationCatalog.CHECK_IDE_INSTANCE_NAME_DUPLICATE;
        validateDisplayName(op, "display_name", displayName);
        return bool(op, transport.execute(op, Map.of(), Query.of("display_name", displayName), null,
                new TypeReference<IdeResult<Boolean>>() { }));
    }

    public IdeInstanceDetail showIdeInstance(String instanceId) {
        return transport.execute(OperationCatalog.SHOW_IDE_INSTANCE, instance(instanceId), Query.empty(), null,
                IdeInstanceDetail.class);
    }

    /** Changes name, description and auto-sleep interval. */
    public boolean updateIdeInstance(String instanceId, UpdateIdeInstanceRequest request) {
        Operation op = OperationCatalog.UPDATE_IDE_INSTANCE;
        if (request == null) {
            throw new CodeArtsInvalidArgumentException(op.name(), "request body", null, "is missing");
        }
        validateDisplayName(op, "display_name", request.displayName());
        requireText(op, "refresh_interval", request.refreshInterval(),
                "auto-sleep minutes as a string: 30, 60, 240, 1440 or -1 (arm: 30 or 60)");
        return bool(op, transport.execute(op, instance(instanceId), Query.empty(), request,
                new TypeReference<IdeResult<Boolean>>() { }));
    }

    /** Deletes the instance and its disk data. */
    public boolean deleteIdeInstance(String instanceId) {
        Operation op = OperationCatalog.DELETE_IDE_INSTANCE;
        return bool(op, transport.execute(op, instance(instanceId), Query.empty(), null,
                new TypeReference<IdeResult<Boolean>>() { }));
    }

    /** Starts the runtime; returns the instance id the service echoes. */
    public String startIdeInstance(String instanceId, StartIdeInstanceRequest request) {
        IdeResult<String> result = transport.execute(OperationCatalog.START_IDE_INSTANCE, instance(instanceId),
                Query.empty(), request == null ? StartIdeInstanceRequest.none() : request,
                new TypeReference<IdeResult<String>>() { });
        return result.result();
    }

    /** Stops the runtime and keeps the disk; only for RUNNING or STARTING instances (else IDE.00010054). */
    public boolean stopIdeInstance(String instanceId) {
        Operation op = OperationCatalog.STOP_IDE_INSTANCE;
        return bool(op, transport.execute(op, instance(instanceId), Query.empty(), null,
                new TypeReference<IdeResult<Boolean>>() { }));
    }

    /** Creates an instance in the account {@code orgId} (the account's domain id). Not retried by the client. */
    public IdeInstanceCreated createIdeInstance(String orgId, CreateIdeInstanceRequest request) {
        Operation op = OperationCatalog.CREATE_IDE_INSTANCE;
        if (request == null) {
            throw new CodeArtsInvalidArgumentException(op.name(), "request body", null, "is missing");
        }
        validateDisplayName(op, "display_name", request.displayName());
        requireText(op, "stack_id", request.stackId(), "pick a stack id from listStacksByTag");
        requireOneOf(op, "cpu_memory", request.cpuMemory(), CPU_MEMORY,
                "x86 takes 1U1G, 2U4G or 2U8G; arm takes 4U8G");
        requireOneOf(op, "pvc_quantity", request.pvcQuantity(), PVC_QUANTITIES, "use 5GB, 10GB or 20GB");
        requireText(op, "refresh_interval", request.refreshInterval(),
                "auto-sleep minutes as a string: 30, 60, 240, 1440 or -1 (arm: 30 or 60)");
        return created(op, transport.execute(op, PathParams.of("org_id", orgId), Query.empty(), request,
                new TypeReference<IdeResult<IdeInstanceCreated>>() { }));
    }

    /**
     * Creates an instance in the caller's own account: the {@code org_id} is the IAM token's domain id (password
     * credentials) or {@code CodeArtsConfig.domainId}.
     */
    public IdeInstanceCreated createIdeInstance(CreateIdeInstanceRequest request) {
        return createIdeInstance(callerOrgId(OperationCatalog.CREATE_IDE_INSTANCE), request);
    }

    /** Creates an instance for a third-party integrator; {@code instanceLabel} may be null (service default). */
    public IdeInstanceCreated createPartnerIdeInstance(String instanceLabel, CreatePartnerIdeInstanceRequest request) {
        Operation op = OperationCatalog.CREATE_PARTNER_IDE_INSTANCE;
        if (request == null) {
            throw new CodeArtsInvalidArgumentException(op.name(), "request body", null, "is missing");
        }
        validateDisplayName(op, "instance_name", request.instanceName());
        requireText(op, "stack_id", request.stackId(), "pick a stack id from listStacksByTag");
        requireOneOf(op, "cpu_memory", request.cpuMemory(), CPU_MEMORY, "x86 takes 1U1G, 2U4G or 2U8G; arm takes 4U8G");
        requireOneOf(op, "pvc_quantity", request.pvcQuantity(), PVC_QUANTITIES, "use 5GB, 10GB or 20GB");
        return created(op, transport.execute(op, Map.of(), Query.of("instance_label", instanceLabel), request,
                new TypeReference<IdeResult<IdeInstanceCreated>>() { }));
    }

    /** One page of the instances of the account {@code orgId}; {@code limit} is 10, 15 or 30 (Doc B 4.1.8). */
    public IdeInstancePage listOrgIdeInstances(String orgId, ListIdeInstancesQuery query) {
        ListIdeInstancesQuery q = query == null ? ListIdeInstancesQuery.all() : query;
        if (q.limit() != null) {
            requireOrgPageSize(q.limit());
        }
        return page(OperationCatalog.LIST_ORG_IDE_INSTANCES, transport.execute(OperationCatalog.LIST_ORG_IDE_INSTANCES,
                PathParams.of("org_id", orgId), q.toQuery(), null, IdeInstanceList.class));
    }

    /** All instances of the account {@code orgId}, fetched lazily (page size 10, 15 or 30). */
    public PageIterable<IdeInstance> iterateOrgIdeInstances(String orgId, ListIdeInstancesQuery query, int pageSize) {
        requireOrgPageSize(pageSize);
        ListIdeInstancesQuery base = query == null ? ListIdeInstancesQuery.all() : query;
        return PageIterable.of(base.offset() == null ? 0 : base.offset(), pageSize, (offset, limit) -> toPaged(
                listOrgIdeInstances(orgId, base.page(offset, limit)), offset, limit));
    }

    /** One page of the caller's instances; {@code limit} is 1-100 (Doc B 4.1.9). */
    public IdeInstancePage listIdeInstances(ListIdeInstancesQuery query) {
        ListIdeInstancesQuery q = query == null ? ListIdeInstancesQuery.all() : query;
        if (q.limit() != null) {
            requireUserPageSize(q.limit());
        }
        return page(OperationCatalog.LIST_IDE_INSTANCES, transport.execute(OperationCatalog.LIST_IDE_INSTANCES,
                Map.of(), q.toQuery(), null, IdeInstanceList.class));
    }

    /** All the caller's instances, fetched lazily {@code pageSize} (1-100) at a time. */
    public PageIterable<IdeInstance> iterateIdeInstances(ListIdeInstancesQuery query, int pageSize) {
        requireUserPageSize(pageSize);
        ListIdeInstancesQuery base = query == null ? ListIdeInstancesQuery.all() : query;
        return PageIterable.of(base.offset() == null ? 0 : base.offset(), pageSize, (offset, limit) -> toPaged(
                listIdeInstances(base.page(offset, limit)), offset, limit));
    }

    /** Whether the caller may access the instance (403 IDE.00010129 when it belongs to someone else). */
    public boolean checkIdeInstanceAccess(String instanceId) {
        Operation op = OperationCatalog.CHECK_IDE_INSTANCE_ACCESS;
        return bool(op, transport.execute(op, instance(instanceId), Query.empty(), null,
                new TypeReference<IdeResult<Boolean>>() { }));
    }

    /** Keep-alive: pushes the auto-sleep deadline out. */
    public IdeActivity refreshIdeInstanceActivity(String instanceId) {
        Operation op = OperationCatalog.REFRESH_IDE_INSTANCE_ACTIVITY;
        IdeResult<IdeActivity> result = transport.execute(op, instance(instanceId), Query.empty(), null,
                new TypeReference<IdeResult<IdeActivity>>() { });
        return requireResult(op, result);
    }

    /** Readiness: RUNNING (or READY for warm instances) means the IDE can be opened. */
    public IdeRuntimeState showIdeInstanceStatus(String instanceId) {
        Operation op = OperationCatalog.SHOW_IDE_INSTANCE_STATUS;
        IdeResult<IdeRuntimeState> result = transport.execute(op, instance(instanceId), Query.empty(), null,
                new TypeReference<IdeResult<IdeRuntimeState>>() { });
        return requireResult(op, result);
    }

    private static void requireOrgPageSize(long limit) {
        if (!ORG_PAGE_SIZES.contains(limit)) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.LIST_ORG_IDE_INSTANCES.name(), "limit",
                    String.valueOf(limit), "must be 10, 15 or 30 (the page sizes the service accepts for an account's"
                            + " instances)");
        }
    }

    private static void requireUserPageSize(long limit) {
        if (limit < 1 || limit > 100) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.LIST_IDE_INSTANCES.name(), "limit",
                    String.valueOf(limit), "must be 1-100 (the page sizes the service accepts for your instances)");
        }
    }

    private String callerOrgId(Operation op) {
        IamTokenProvider tokens = transport.tokenProvider();
        String orgId = tokens != null ? tokens.token().domainId() : null;
        if (orgId == null) {
            orgId = transport.config().domainId();
        }
        if (orgId == null) {
            throw new CodeArtsInvalidArgumentException(op.name(), "org_id", null,
                    "is unknown: with AK/SK set CodeArtsConfig.builder().domainId(accountId) (My Credentials > API"
                            + " Credentials > Account ID) or pass the org id explicitly");
        }
        return orgId;
    }

    private static Map<String, String> instance(String instanceId) {
        return PathParams.of("instance_id", instanceId);
    }

    private static Paged<IdeInstance> toPaged(IdeInstancePage page, long offset, int limit) {
        return Paged.of(page.items(), offset, limit, page.totalItemsCount());
    }

    private static IdeInstancePage page(Operation op, IdeInstanceList list) {
        if (list.instances() == null) {
            throw new CodeArtsBadResponseException(op.name(), op.name()
                    + ": the response has no 'instances' object; check that the endpoint is IDE Online", 200, null,
                    null);
        }
        return list.instances();
    }

    private static boolean bool(Operation op, IdeResult<Boolean> result) {
        return Boolean.TRUE.equals(requireResult(op, result));
    }

    private static IdeInstanceCreated created(Operation op, IdeResult<IdeInstanceCreated> result) {
        IdeInstanceCreated created = requireResult(op, result);
        if (created.id() == null || created.id().isBlank()) {
            throw new CodeArtsBadResponseException(op.name(), op.name()
                    + ": the response has no result.id, so the new instance cannot be followed; check listIdeInstances",
                    200, null, null);
        }
        return created;
    }

    private static <T> T requireResult(Operation op, IdeResult<T> result) {
        if (result == null || result.result() == null) {
            throw new CodeArtsBadResponseException(op.name(), op.name()
                    + ": the response has no 'result'; check that the endpoint is IDE Online", 200, null, null);
        }
        return result.result();
    }

    private static void validateDisplayName(Operation op, String field, String name) {
        if (name == null || name.isBlank()) {
            throw new CodeArtsInvalidArgumentException(op.name(), field, name, "is mandatory (3-100 characters)");
        }
        int length = name.codePointCount(0, name.length());
        if (length < 3 || length > 100) {
            throw new CodeArtsInvalidArgumentException(op.name(), field, name,
                    "must be 3-100 characters long (it is " + length + ")");
        }
        if (!name.matches("[\\p{IsHan}\\p{L}\\p{N}_.-]+")) {
            throw new CodeArtsInvalidArgumentException(op.name(), field, name,
                    "may contain only letters (incl. Chinese), digits, '_', '.' and '-'");
        }
    }

    private static void requireText(Operation op, String field, String value, String hint) {
        if (value == null || value.isBlank()) {
            throw new CodeArtsInvalidArgumentException(op.name(), field, null, "is mandatory: " + hint);
        }
    }

    private static void requireOneOf(Operation op, String field, String value, Set<String> allowed, String hint) {
        if (value == null || !allowed.contains(value)) {
            throw new CodeArtsInvalidArgumentException(op.name(), field, value, "is not allowed: " + hint);
        }
    }
}
