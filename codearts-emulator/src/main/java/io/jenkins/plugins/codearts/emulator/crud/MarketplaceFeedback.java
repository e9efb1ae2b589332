package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.MarketplaceStore.Extension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Doc B §4.6: what users say about extensions: comments (evaluations) with threaded replies, star ratings (one per
 * account and extension) and reports of comments or replies. All really round-trip.
 */
final class MarketplaceFeedback implements ResourceFamily {

    private static final ErrorStyle STYLE = MarketplaceStore.STYLE;

    private final MarketplaceStore store;
    private final CrudEnvironment env;
    private final Map<Long, ObjectNode> evaluations = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> replies = new LinkedHashMap<>();
    private final List<ObjectNode> reports = new ArrayList<>();

    MarketplaceFeedback(MarketplaceStore store) {
        this.store = store;
        this.env = store.env;
    }

    @Override
    public List<CrudRoute> routes() {
        return Stream.of(
                new CrudRoute("createExtensionEvaluation", "POST", "/v1/marketplace/extension/evaluation", this::createEvaluation),
                new CrudRoute("replyEvaluation", "POST", "/v1/marketplace/extension/evaluation/reply", this::reply),
                new CrudRoute("createExtensionStar", "POST", "/v1/marketplace/star", this::createStar),
                new CrudRoute("reportEvaluation", "POST", "/v1/marketplace/extension/evaluation/accusation", this::report),
                new CrudRoute("deleteEvaluation", "DELETE", "/v1/marketplace/evaluation/{evaluation_id}", this::deleteEvaluation),
                new CrudRoute("deleteEvaluationReply", "DELETE", "/v1/marketplace/evaluation/reply/{reply_id}", this::deleteReply),
                new CrudRoute("listExtensionEvaluations", "GET", "/v1/marketplace/feedback/evaluation", this::listEvaluations),
                new CrudRoute("listExtensionStars", "GET", "/v1/marketplace/feedback/star", this::listStars),
                // The examples of Doc B §4.6.10-12 send POST (⚠): accepted as well.
                new CrudRoute("listExtensionEvaluations.examplePost", "POST", "/v1/marketplace/feedback/evaluation",
                        this::listEvaluations),
                new CrudRoute("listExtensionStars.examplePost", "POST", "/v1/marketplace/feedback/star", this::listStars))
                .map(route -> route.lockedBy(store)).toList();
    }

    private ObjectNode commentator() {
        ObjectNode commentator = Json.object();
        commentator.put("id", env.userId());
        commentator.put("name", env.userName());
        commentator.put("domainId", env.domainId());
        commentator.put("domainName", env.domainName());
        commentator.put("deletedTime", 0);
        return commentator;
    }

    private CrudReply createEvaluation(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Extension extension = store.extension("extension_id", body.requireText("extension_id"));
        String text = body.requireText("text");
        ObjectNode evaluation = Json.object();
        evaluation.put("id", store.nextId());
        evaluation.put("extension_id", extension.id);
        evaluation.put("extension_name", extension.name);
        evaluation.set("commentator", commentator());
        evaluation.put("text", text);
        evaluation.put("create_time", Json.spaced(env.now()));
        ObjectNode publisher = evaluation.putObject("publisher");
        publisher.put("publisher_id", extension.publisher.id());
        publisher.put("publisher_name", extension.publisher.identifier());
        evaluation.put("status", 1);
        evaluation.put("count", 0);
        evaluations.put(evaluation.path("id").asLong(), evaluation);
        return CrudReply.ok(Json.success("result", evaluation.deepCopy()));
    }

    private CrudReply reply(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String text = body.requireText("text");
        Long evaluationId = numericId(body, "evaluation_id");
        Long replyId = numericId(body, "reply_id");
        ObjectNode replyTo = null;
        if (replyId != null) {
            replyTo = replies.get(replyId);
            if (replyTo == null) {
                throw STYLE.notFound("Reply", "reply_id", String.valueOf(replyId));
            }
            long parent = replyTo.path("evaluation_id").asLong();
            if (evaluationId != null && evaluationId != parent) {
                throw STYLE.invalid("body field 'reply_id' names a reply of evaluation " + parent + ", not of evaluation "
                        + evaluationId + "; send matching ids or only reply_id");
            }
            evaluationId = parent;
        }
        if (evaluationId == null) {
            throw STYLE.invalid("body field 'evaluation_id' or 'reply_id' is mandatory: send the comment or the reply to answer");
        }
        ObjectNode evaluation = evaluations.get(evaluationId);
        if (evaluation == null) {
            throw STYLE.notFound("Evaluation", "evaluation_id", String.valueOf(evaluationId));
        }
        ObjectNode reply = Json.object();
        reply.put("id", store.nextId());
        reply.set("extension_id", evaluation.get("extension_id"));
        reply.set("extension_name", evaluation.get("extension_name"));
        reply.set("commentator", commentator());
        reply.put("text", text);
        reply.put("create_time", Json.spaced(env.now()));
        reply.set("publisher", evaluation.get("publisher").deepCopy());
        reply.put("status", 1);
        reply.put("count", 0);
        reply.put("evaluation_id", evaluationId);
        ObjectNode to = (replyTo == null ? evaluation : replyTo).path("commentator").deepCopy();
        reply.set("reply_to", to);
        replies.put(reply.path("id").asLong(), reply);
        evaluation.put("count", evaluation.path("count").asInt() + 1);
        return CrudReply.ok(Json.success("result", reply.deepCopy()));
    }

    /** Evaluation and reply ids are typed Long in the paths and strings in bodies: accept numbers in either form. */
    private static Long numericId(Fields body, String field) {
        String value = body.text(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw STYLE.invalid("body field '" + field + "' has value '" + value + "' but must be a numeric id");
        }
    }

    private static long pathId(CrudRequest request, String name) {
        String value = request.pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw STYLE.invalid("path parameter '" + name + "' has value '" + value + "' but must be a numeric id (Long)");
        }
    }

    private CrudReply createStar(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Extension extension = store.extension("extension_id", body.requireText("extension_id"));
        // The document gives no range; the marketplace shows one to five stars.
        long count = body.inRange("stars", body.requireLong("stars"), 1, 5);
        String comment = body.text("comment", "");
        String now = Json.spaced(env.now());
        ObjectNode star = store.stars.values().stream()
                .filter(existing -> existing.path("extension_id").asText().equals(extension.id)
                        && existing.path("commentator").path("domainId").asText().equals(env.domainId()))
                .findFirst().orElse(null);
        if (star == null) {
            star = Json.object();
            star.put("id", store.nextId());
            star.put("extension_id", extension.id);
            star.put("create_time", now);
            star.put("status", "VALIDATED");
            ObjectNode commentator = star.putObject("commentator");
            commentator.put("domainId", env.domainId());
            commentator.put("domainName", env.domainName());
            commentator.put("deletedTime", 0);
            store.stars.put(star.path("id").asLong(), star);
        }
        // One rating per account and extension: a second one replaces the first.
        star.put("comment", comment);
        star.put("stars", count);
        star.put("last_updated", now);
        return CrudReply.ok(Json.success("result", star.deepCopy()));
    }

    private CrudReply report(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String content = body.requireText("content");
        Long evaluationId = numericId(body, "evaluation_id");
        Long replyId = numericId(body, "reply_id");
        if (evaluationId == null && replyId == null) {
            throw STYLE.invalid("body field 'evaluation_id' or 'reply_id' is mandatory: send the id of the comment or reply to report");
        }
        if (evaluationId != null && !evaluations.containsKey(evaluationId)) {
            throw STYLE.notFound("Evaluation", "evaluation_id", String.valueOf(evaluationId));
        }
        if (replyId != null && !replies.containsKey(replyId)) {
            throw STYLE.notFound("Reply", "reply_id", String.valueOf(replyId));
        }
        ObjectNode report = Json.object();
        report.put("content", content);
        report.put("evaluation_id", evaluationId);
        report.put("reply_id", replyId);
        report.put("create_time", Json.spaced(env.now()));
        reports.add(report);
        return CrudReply.ok(Json.success("result", BooleanNode.TRUE));
    }

    private CrudReply deleteEvaluation(CrudRequest request) {
        long id = pathId(request, "evaluation_id");
        if (evaluations.remove(id) == null) {
            throw STYLE.notFound("Evaluation", "evaluation_id", String.valueOf(id));
        }
        replies.values().removeIf(reply -> reply.path("evaluation_id").asLong() == id);
        return CrudReply.ok(Json.success("result", BooleanNode.TRUE));
    }

    private CrudReply deleteReply(CrudRequest request) {
        long id = pathId(request, "reply_id");
        ObjectNode reply = replies.remove(id);
        if (reply == null) {
            throw STYLE.notFound("Reply", "reply_id", String.valueOf(id));
        }
        ObjectNode evaluation = evaluations.get(reply.path("evaluation_id").asLong());
        if (evaluation != null) {
            evaluation.put("count", Math.max(0, evaluation.path("count").asInt() - 1));
        }
        return CrudReply.ok(Json.success("result", BooleanNode.TRUE));
    }

    private CrudReply listEvaluations(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Extension extension = store.extension("extension_id", query.requireText("extension_id"));
        long[] window = Paging.offsetLimit(query, false, 30, 100);
        List<ObjectNode> items = new ArrayList<>();
        List<ObjectNode> newestFirst = new ArrayList<>(evaluations.values());
        newestFirst.sort(Comparator.comparingLong((ObjectNode e) -> e.path("id").asLong()).reversed());
        for (ObjectNode evaluation : newestFirst) {
            if (!evaluation.path("extension_id").asText().equals(extension.id)) {
                continue;
            }
            ObjectNode item = Json.object();
            item.set("evaluation", evaluation);
            ArrayNode threaded = item.putArray("evaluationReply");
            replies.values().stream().filter(reply -> reply.path("evaluation_id").asLong() == evaluation.path("id").asLong())
                    .forEach(threaded::add);
            items.add(item);
        }
        return CrudReply.ok(Json.success("result", MarketplaceStore.pageOf(items, window[0], window[1])));
    }

    private CrudReply listStars(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Extension extension = store.extension("extension_id", query.requireText("extension_id"));
        long[] window = Paging.offsetLimit(query, false, 30, 100);
        List<ObjectNode> items = store.stars.values().stream()
                .filter(star -> star.path("extension_id").asText().equals(extension.id)).toList();
        return CrudReply.ok(Json.success("result", MarketplaceStore.pageOf(items, window[0], window[1])));
    }
}
