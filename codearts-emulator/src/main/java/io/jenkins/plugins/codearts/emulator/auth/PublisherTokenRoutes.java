package io.jenkins.plugins.codearts.emulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.http.Service;

/**
 * {@code POST /_emulator/publisher-tokens {"publisher_id":"..."}} → 201 {@code {"publisher_id","publisher_token"}}:
 * issues an {@code x-publisher-token} (admin API, no authentication, like the rest of {@code /_emulator}).
 */
public final class PublisherTokenRoutes implements RouteModule {

    @Override
    public void register(Router router, EmulatorContext context) {
        PublisherTokens tokens = context.shared(PublisherTokens.class, PublisherTokens::new);
        router.add("emulatorIssuePublisherToken", "POST", "/_emulator/publisher-tokens", Service.ADMIN, request -> {
            JsonNode body;
            try {
                body = request.jsonOrEmpty();
            } catch (RuntimeException e) {
                return EmulatorResponse.error(400, "EMULATOR.0400", "the body must be JSON such as "
                        + "{\"publisher_id\":\"<id from GET /v1/marketplace/publishers/mine>\"}");
            }
            JsonNode publisherId = body.path("publisher_id");
            if (!publisherId.isTextual() || publisherId.asText().isBlank()) {
                return EmulatorResponse.error(400, "EMULATOR.0400", "'publisher_id' is required (was "
                        + (publisherId.isMissingNode() ? "absent" : publisherId.toString())
                        + "): send the id of the publisher the token acts for, from GET /v1/marketplace/publishers/mine");
            }
            String token = tokens.issue(publisherId.asText());
            return EmulatorResponse.json(201, context.mapper().createObjectNode()
                    .put("publisher_id", publisherId.asText()).put("publisher_token", token));
        });
    }
}
