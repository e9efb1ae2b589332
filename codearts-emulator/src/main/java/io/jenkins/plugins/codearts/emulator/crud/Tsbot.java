package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doc B §4.8: the tsbot chat. A chat is opened, messages are submitted asynchronously and each answer is fetched by
 * its {@code result_id}. The emulated bot acknowledges the message it was sent.
 */
final class Tsbot implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.IDE;

    private final Map<String, String> chats = new LinkedHashMap<>();
    private final Map<String, String> answers = new LinkedHashMap<>();

    Tsbot(CrudEnvironment env) {
        // Chats are per emulator; nothing to seed.
    }

    @Override
    public List<CrudRoute> routes() {
        String base = "/v1/codebreezetsbot/devmind/tsbot";
        return List.of(
                new CrudRoute("startTsbotChat", "POST", base + "/start-chat", this::start),
                new CrudRoute("asyncTsbotChat", "POST", base + "/async-chat", this::chat),
                new CrudRoute("getTsbotChatResult", "POST", base + "/async-get-chat-result", this::result));
    }

    private synchronized CrudReply start(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String userType = body.text("user_type", "IDE");
        body.text("user_id");
        String chatId = Json.newId();
        chats.put(chatId, userType);
        ObjectNode reply = Json.object();
        reply.put("status", "success");
        reply.put("chat_id", chatId);
        reply.put("error_message", "");
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply chat(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String chatId = body.requireText("chat_id");
        String message = body.requireText("message");
        body.text("case");
        body.bool("infer_end");
        body.texts("meta_prompt");
        body.bool("need_preprocess");
        body.text("user_id");
        body.object("task_parameters");
        if (!chats.containsKey(chatId)) {
            throw STYLE.notFound("Chat", "chat_id", chatId);
        }
        String resultId = Json.newId();
        answers.put(resultId, "Received your message (" + message.length() + " characters): " + message);
        ObjectNode reply = Json.object();
        reply.put("result_id", resultId);
        reply.put("status", "200");
        reply.put("error_message", "");
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply result(CrudRequest request) {
        String resultId = request.bodyFields(STYLE).requireText("result_id");
        String answer = answers.get(resultId);
        if (answer == null) {
            throw STYLE.notFound("Chat result", "result_id", resultId);
        }
        ObjectNode reply = Json.object();
        reply.put("text", answer);
        reply.put("request_id", resultId);
        reply.put("status", "200");
        return CrudReply.ok(reply);
    }
}
