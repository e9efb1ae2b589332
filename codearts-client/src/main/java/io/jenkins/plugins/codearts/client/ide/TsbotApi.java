package io.jenkins.plugins.codearts.client.ide;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.AsyncChatRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatResult;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatResultRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatStarted;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.ChatSubmitted;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.StartChatRequest;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.Objects;

/** IDE Online document chapter 4.8, codebreezetsbot (chat bot): open a chat, send a message, poll for the answer. */
public final class TsbotApi {

    private final Transport transport;

    TsbotApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Opens a chat ({@code POST /v1/codebreezetsbot/devmind/tsbot/start-chat}). */
    public ChatStarted startTsbotChat(StartChatRequest request) {
        return transport.execute(OperationCatalog.START_TSBOT_CHAT, PathParams.of(), Query.empty(),
                request == null ? new StartChatRequest(null, null) : request, ChatStarted.class);
    }

    /** Sends a message; the answer is fetched with its {@code result_id} ({@code POST .../tsbot/async-chat}). */
    public ChatSubmitted asyncTsbotChat(AsyncChatRequest request) {
        return transport.execute(OperationCatalog.ASYNC_TSBOT_CHAT, PathParams.of(), Query.empty(),
                RequiredFields.body(OperationCatalog.ASYNC_TSBOT_CHAT, request), ChatSubmitted.class);
    }

    /** Polls for the answer to a message ({@code POST .../tsbot/async-get-chat-result}). */
    public ChatResult getTsbotChatResult(String resultId) {
        return transport.execute(OperationCatalog.GET_TSBOT_CHAT_RESULT, PathParams.of(), Query.empty(),
                new ChatResultRequest(resultId), ChatResult.class);
    }
}
