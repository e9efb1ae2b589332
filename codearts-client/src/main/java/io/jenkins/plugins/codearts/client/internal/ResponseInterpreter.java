package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Turns an HTTP response into the parsed JSON of a success, or into the typed exception for an error status, an
 * {@code error_code} in a 2xx body, an HTML page from a proxy, or a body that is not JSON.
 */
final class ResponseInterpreter {

    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Operations whose answer is a bare string: the icon uploads answer the access path unquoted (the documents'
     * examples, and what the official SDK reads); a JSON string literal is read too.
     */
    private static final Set<Operation> BARE_TEXT_ANSWERS = Set.of(OperationCatalog.UPLOAD_PLUGIN_ICON,
            OperationCatalog.UPLOAD_PUBLISHER_ICON);

    private final CappedBodyReader bodyReader;
    private final Clock clock;

    ResponseInterpreter(CodeArtsConfig config) {
        this.bodyReader = new CappedBodyReader(config.maxResponseBytes());
        this.clock = config.clock();
    }

    ApiResponse interpret(Operation operation, Response response) throws IOException {
        String name = operation.name();
        int status = response.code();
        String requestId = response.header("X-Request-Id");
        ResponseBody responseBody = response.body();
        byte[] bytes = responseBody == null ? new byte[0] : bodyReader.read(operation, responseBody, status, requestId);
        MediaType contentType = responseBody == null ? null : responseBody.contentType();
        boolean success = status >= 200 && status < 300;
        if (!success) {
            JsonNode tree = tryParse(bytes);
            if (requestId == null && tree != null && tree.hasNonNull("request_id")) {
                requestId = tree.get("request_id").asText();
            }
            String[] codeAndMessage = ApiErrors.codeAndMessage(tree);
            String message = codeAndMessage[1];
            if (tree == null && bytes.length > 0) {
                message = describeNonJson(bytes, contentType);
            }
            throw ApiErrors.classify(name, status, codeAndMessage[0], message, requestId, tree,
                    RetryAfterHeader.parse(response.header("Retry-After"), clock));
        }
        JsonNode tree;
        if (isBlank(bytes)) {
            tree = NullNode.getInstance();
        } else if (looksLikeHtml(bytes, contentType)) {
            throw new CodeArtsBadResponseException(name, name + ": expected JSON but HTTP " + status + " returned "
                    + describeNonJson(bytes, contentType) + ". This usually comes from a proxy, firewall or login"
                    + " portal between this machine and Huawei Cloud; check the endpoint URL and proxy settings.",
                    status, requestId, null);
        } else if (BARE_TEXT_ANSWERS.contains(operation) && !looksLikeJson(bytes)) {
            tree = TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8).strip());
        } else {
            try {
                tree = CodeArtsJson.mapper().readTree(bytes);
            } catch (JsonProcessingException e) {
                boolean truncated = e.getOriginalMessage() != null
                        && e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("end-of-input");
                throw new CodeArtsBadResponseException(name, name + ": the response body ("
                        + bytes.length + " bytes) is " + (truncated ? "truncated JSON" : "not valid JSON")
                        + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                        + " (" + Snippets.firstLine(e.getOriginalMessage()) + ")"
                        + (truncated ? "; the connection may have been cut, or a proxy limits response sizes"
                                : "; check that the endpoint URL points at the CodeArts API")
                        + (requestId != null ? " (request id " + requestId + ")" : ""), status, requestId, e);
            }
        }
        if (requestId == null && tree.isObject() && tree.hasNonNull("request_id")) {
            requestId = tree.get("request_id").asText();
        }
        String[] codeAndMessage = ApiErrors.codeAndMessage(tree);
        if (codeAndMessage[0] != null) {
            // CodeArts reports many business errors as HTTP 200 with error_code in the body.
            throw ApiErrors.classify(name, status, codeAndMessage[0], codeAndMessage[1], requestId, tree,
                    RetryAfterHeader.parse(response.header("Retry-After"), clock));
        }
        return new ApiResponse(status, response.headers(), tree, requestId);
    }

    private static JsonNode tryParse(byte[] bytes) {
        if (isBlank(bytes)) {
            return null;
        }
        try {
            return CodeArtsJson.mapper().readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** A JSON value starts with one of these (after white space); a bare path or URL does not. */
    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[' || b == '"' || b == 't' || b == 'f' || b == 'n' || b == '-'
                        || (b >= '0' && b <= '9');
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] bytes, MediaType contentType) {
        if (contentType != null && contentType.subtype().toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("<");
    }

    /** A short, safe description of a non-JSON body: the HTML title or the first characters. */
    static String describeNonJson(byte[] bytes, MediaType contentType) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        String type = contentType == null ? "no content type" : contentType.type() + "/" + contentType.subtype();
        if (looksLikeHtml(bytes, contentType)) {
            Matcher title = HTML_TITLE.matcher(text);
            String titleText = title.find() ? title.group(1).replaceAll("\\s+", " ").strip() : "";
            return "an HTML page (" + type + (titleText.isEmpty() ? "" : ", title '" + Snippets.clip(titleText) + "'")
                    + ")";
        }
        return "a non-JSON body (" + type + ", starting '" + Snippets.clip(text.replaceAll("\\s+", " ").strip())
                + "')";
    }
}
