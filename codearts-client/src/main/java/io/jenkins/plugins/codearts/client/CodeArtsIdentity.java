package io.jenkins.plugins.codearts.client;

/**
 * Who the client acts as: the IAM project id and the account (domain) id. With a password these come from the IAM
 * token body ({@code token.project.id}, {@code token.user.domain.id}); with AK/SK from the configuration.
 *
 * @param iamProjectId the IAM project id, or null if unknown
 * @param domainId     the account (domain) id, which the IDE API calls {@code org_id}, or null if unknown
 */
public record CodeArtsIdentity(String iamProjectId, String domainId) {
}
