package io.jenkins.plugins.codearts.emulator.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.emulator.auth.TokenStore;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest.Principal;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.http.ValidationException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * IAM: {@code POST /v3/auth/tokens} (password login, project scope; the only unauthenticated call) and
 * {@code GET /v3/projects}. IAM's own error codes are not in the two documents; the ones used here are the emulator's
 * choice and are listed in docs/emulator.md.
 */
public final class IamRoutes implements RouteModule {

    /** The name the server exempts from authentication. */
    public static final String TOKEN_OPERATION = "keystoneCreateUserTokenByPassword";

    private static final DateTimeFormatter IAM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'000Z'")
            .withZone(ZoneOffset.UTC);

    private final TokenStore tokens;

    public IamRoutes(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public void register(Router router, EmulatorContext context) {
        router.add(TOKEN_OPERATION, "POST", "/v3/auth/tokens", request -> createToken(context, request));
        router.add("keystoneListProjects", "GET", "/v3/projects", request -> listProjects(context, request));
        router.add("keystoneListAuthProjects", "GET", "/v3/auth/projects", request -> listProjects(context, request));
    }

    private EmulatorResponse createToken(EmulatorContext context, EmulatorRequest request) {
        DemoAccount demo = context.demo();
        JsonNode body = request.json();
        JsonNode auth = context.requireObject(body, "auth");
        JsonNode identity = context.requireObject(auth, "identity");
        JsonNode methods = context.requireArray(identity, "methods");
        boolean password = false;
        for (JsonNode method : methods) {
            password |= method.asText().equals("password");
        }
        if (!password) {
            throw new ValidationException("auth.identity.methods", "'auth.identity.methods' must contain \"password\" "
                    + "(the emulator supports password login only), was " + methods);
        }
        JsonNode user = context.requireObject(context.requireObject(identity, "password"), "user");
        String userName = context.requireText(user, "name");
        String userPassword = context.requireText(user, "password");
        String domainName = context.requireText(context.requireObject(user, "domain"), "name");
        JsonNode scope = auth.get("scope");
        JsonNode project = scope == null ? null : scope.get("project");
        if (project == null || !project.isObject()) {
            throw new ValidationException("auth.scope.project", "'auth.scope.project' is required: CodeArts needs a project-scoped "
                    + "token; give {\"name\":\"" + demo.region() + "\"} or {\"id\":\"<IAM project id>\"}");
        }
        if (!domainName.equals(demo.domainName()) || !userName.equals(demo.userName()) || !userPassword.equals(demo.password())) {
            throw EmulatorHttpException.of(401, "IAM.0101", "The username or password is wrong (account '" + domainName
                    + "', user '" + userName + "').");
        }
        String projectName = project.hasNonNull("name") ? project.get("name").asText() : null;
        String projectId = project.hasNonNull("id") ? project.get("id").asText() : null;
        boolean scopeMatches = (projectName != null && projectName.equals(demo.region()))
                || (projectId != null && projectId.equals(demo.iamProjectId()));
        if (!scopeMatches) {
            throw EmulatorHttpException.of(400, "IAM.0011", "Request parameter error: auth.scope.project ("
                    + (projectName != null ? "name '" + projectName + "'" : "id '" + projectId + "'")
                    + ") is not a project of account '" + demo.domainName() + "'; use name '" + demo.region() + "' or id '"
                    + demo.iamProjectId() + "'");
        }
        TokenStore.IssuedToken issued = tokens.issue(new Principal(demo.userId(), demo.userName(), demo.domainId(),
                demo.iamProjectId(), null));
        ObjectNode root = context.mapper().createObjectNode();
        ObjectNode token = root.putObject("token");
        token.put("expires_at", IAM_TIME.format(Instant.ofEpochMilli(issued.expiresAtMillis())));
        token.put("issued_at", IAM_TIME.format(Instant.ofEpochMilli(issued.issuedAtMillis())));
        token.putArray("methods").add("password");
        ArrayNode catalog = token.putArray("catalog");
        ObjectNode pipelineService = catalog.addObject();
        pipelineService.put("type", "cloudpipeline");
        pipelineService.put("name", "codearts-pipeline");
        ObjectNode endpoint = pipelineService.putArray("endpoints").addObject();
        endpoint.put("region_id", demo.region());
        endpoint.put("url", context.baseUrl());
        endpoint.put("interface", "public");
        ObjectNode projectNode = token.putObject("project");
        projectNode.put("id", demo.iamProjectId());
        projectNode.put("name", demo.region());
        projectNode.putObject("domain").put("id", demo.domainId()).put("name", demo.domainName());
        ObjectNode userNode = token.putObject("user");
        userNode.put("id", demo.userId());
        userNode.put("name", demo.userName());
        userNode.putObject("domain").put("id", demo.domainId()).put("name", demo.domainName());
        userNode.put("password_expires_at", "");
        token.putArray("roles").addObject().put("id", "0").put("name", "te_admin");
        return EmulatorResponse.json(201, root).header("X-Subject-Token", issued.token());
    }

    private EmulatorResponse listProjects(EmulatorContext context, EmulatorRequest request) {
        DemoAccount demo = context.demo();
        String nameFilter = request.query("name");
        ObjectNode root = context.mapper().createObjectNode();
        ArrayNode projects = root.putArray("projects");
        if (nameFilter == null || nameFilter.equals(demo.region())) {
            ObjectNode project = projects.addObject();
            project.put("id", demo.iamProjectId());
            project.put("name", demo.region());
            project.put("domain_id", demo.domainId());
            project.put("is_domain", false);
            project.put("parent_id", demo.domainId());
            project.put("description", "");
            project.put("enabled", true);
            project.putObject("links").put("self", context.baseUrl() + "/v3/projects/" + demo.iamProjectId())
                    .putNull("next").putNull("previous");
        }
        root.putObject("links").put("self", context.baseUrl() + "/v3/projects").putNull("next").putNull("previous");
        return EmulatorResponse.ok(root);
    }
}
