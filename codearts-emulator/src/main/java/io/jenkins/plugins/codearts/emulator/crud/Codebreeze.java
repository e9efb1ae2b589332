package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Doc B §4.7: CodeArts Snap code generation. A request is split into {@code topn} tasks that complete
 * {@link #GENERATION_MILLIS} of emulator time after dispatch; an identical request is not dispatched again unless
 * {@code resubmit=true}. Acceptances, logins, join requests and events are recorded and numbered.
 */
final class Codebreeze implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.IDE;
    /** Emulator time a generation takes; results before that report "dispatched". */
    static final long GENERATION_MILLIS = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CrudEnvironment env;
    private final Map<String, Generation> generations = new LinkedHashMap<>();
    private final Map<String, String> requestByFingerprint = new LinkedHashMap<>();
    private final Set<String> acceptances = new LinkedHashSet<>();
    private final Set<String> joinEmails = new LinkedHashSet<>();
    private long nextAcceptance = 1;
    private long nextLogin = 1;
    private long nextEvent = 1;

    private record Generation(String id, String language, String requestType, String modelId, int taskCount, String snippet,
                              String generated, long dispatchedAt) {
    }

    Codebreeze(CrudEnvironment env) {
        this.env = env;
    }

    @Override
    public List<CrudRoute> routes() {
        String base = "/v2/aims/codemodelserver";
        return List.of(
                new CrudRoute("createAcceptance", "POST", base + "/code-generation/acceptance", this::acceptance),
                new CrudRoute("createCodeGenerationRequest", "POST", base + "/code-generation/request", this::request),
                new CrudRoute("showCodeGenerationResult", "GET", base + "/code-generation/results", this::results),
                // Doc B §4.7.3's example sends POST (⚠): accepted as well.
                new CrudRoute("showCodeGenerationResult.examplePost", "POST", base + "/code-generation/results", this::results),
                new CrudRoute("createLogin", "POST", base + "/code-generation/login", this::login),
                new CrudRoute("createJoinRequest", "POST", base + "/join-request", this::joinRequest),
                new CrudRoute("createEvent", "POST", base + "/management/event", this::event));
    }

    private synchronized CrudReply request(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        int topn = (int) query.inRange("topn", query.longValue("topn", 1), 1, 10);
        query.text("scenario");
        boolean resubmit = query.bool("resubmit", false);
        String modelId = query.text("model_id", "300M");
        String requestType = query.enumText("request_type", "function", "rawtext");
        Fields body = request.bodyFields(STYLE);
        String language = body.requireText("language");
        String signature = body.text("signature", "");
        String docstring = body.text("docstring", "");
        String context = body.text("context", "");
        for (String field : List.of("ide_type", "ide_version", "plugin_version", "above_text", "following_text")) {
            body.text(field);
        }
        String fingerprint = fingerprint(body.node().toString() + "|" + requestType + "|" + topn + "|" + modelId);
        String existing = requestByFingerprint.get(fingerprint);
        if (existing != null && !resubmit) {
            Generation generation = generations.get(existing);
            ObjectNode reply = Json.object();
            reply.put("request_id", generation.id());
            reply.put("status", statusOf(generation));
            reply.put("dispatched_task_number", 0);
            return CrudReply.ok(reply);
        }
        String id = Json.newId();
        String snippet = signature.isEmpty() ? context : signature + "\n" + context;
        Generation generation = new Generation(id, language, requestType == null ? "function" : requestType, modelId, topn,
                snippet, generate(language, signature, docstring, context), env.now());
        generations.put(id, generation);
        requestByFingerprint.put(fingerprint, id);
        ObjectNode reply = Json.object();
        reply.put("request_id", id);
        reply.put("status", "dispatched");
        reply.put("dispatched_task_number", topn);
        return CrudReply.ok(reply);
    }

    /** A plausible completion: the signature, the docstring as a comment, then the context or a placeholder body. */
    private static String generate(String language, String signature, String docstring, String context) {
        boolean python = language.equalsIgnoreCase("python");
        StringBuilder code = new StringBuilder(signature);
        if (!docstring.isEmpty()) {
            code.append(python ? "\n    \"\"\"" + docstring + "\"\"\"" : "\n    // " + docstring);
        }
        if (!context.isEmpty()) {
            code.append('\n').append(context);
        } else {
            code.append(python ? "\n    raise NotImplementedError" : "\n    throw new UnsupportedOperationException();");
        }
        return code.toString();
    }

    private String statusOf(Generation generation) {
        return env.now() - generation.dispatchedAt() >= GENERATION_MILLIS ? "completed" : "dispatched";
    }

    private static String fingerprint(String text) {
        return Digests.sha256(text);
    }

    private Generation generation(String field, String id) {
        Generation generation = generations.get(id);
        if (generation == null) {
            throw STYLE.notFound("Code generation request", field, id);
        }
        return generation;
    }

    private synchronized CrudReply results(CrudRequest request) {
        Generation generation = generation("request_id", request.queryFields(STYLE).requireText("request_id"));
        String status = statusOf(generation);
        boolean done = status.equals("completed");
        ObjectNode reply = Json.object();
        ArrayNode tasks = reply.putArray("tasks");
        for (int i = 0; i < generation.taskCount(); i++) {
            ObjectNode task = tasks.addObject();
            task.put("request_id", generation.id());
            task.put("task_id", i);
            task.put("language", generation.language());
            task.put("snippet", generation.snippet());
            task.put("generated_snippet", done ? generation.generated() : "");
            task.put("docker_id", "02:55:ac:10:00:" + String.format("%02x", 0x36 + i));
            task.put("start_time", Json.isoLocal(generation.dispatchedAt()));
            task.put("record_time", Json.isoLocal(done ? generation.dispatchedAt() + GENERATION_MILLIS : generation.dispatchedAt()));
            task.put("time_consuming", done ? GENERATION_MILLIS / 1000.0 : 0);
            task.put("status", done ? "success" : "running");
            task.putNull("exception");
            task.put("model_id", generation.modelId());
        }
        reply.put("request_status", status);
        reply.put("request_type", generation.requestType());
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply acceptance(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Generation generation = generation("request_id", body.requireText("request_id"));
        long taskId = body.inRange("task_id", body.requireLong("task_id"), 0, generation.taskCount() - 1L);
        if (!statusOf(generation).equals("completed")) {
            throw STYLE.invalid("request '" + generation.id() + "' is still generating; accept a task once results show "
                    + "request_status completed");
        }
        acceptances.add(generation.id() + "#" + taskId);
        ObjectNode reply = Json.object();
        reply.put("acceptance_id", nextAcceptance++);
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply login(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        body.requireText("ide_type");
        body.requireText("ide_version");
        body.requireText("plugin_version");
        ObjectNode reply = Json.object();
        reply.put("login_id", nextLogin++);
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply joinRequest(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        for (String field : List.of("region", "name", "organization", "phone_number", "invitation_code")) {
            body.text(field);
        }
        String email = body.text("email", "");
        ObjectNode reply = Json.object();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            reply.put("message", "email '" + email + "' is not a valid address");
            reply.put("status", "error");
        } else if (!email.isEmpty() && !joinEmails.add(email.toLowerCase(java.util.Locale.ROOT))) {
            reply.put("message", "a join request for '" + email + "' already exists");
            reply.put("status", "conflict");
        } else {
            reply.put("message", "join request received");
            reply.put("status", "success");
        }
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply event(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        body.requireText("component");
        body.text("verb");
        body.text("object");
        ObjectNode reply = Json.object();
        reply.put("event_id", nextEvent++);
        return CrudReply.ok(reply);
    }
}
