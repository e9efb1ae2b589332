/** CodeArts Pipeline operations, one class per chapter of the API reference, reached through {@code CodeArtsClient.pipeline()}. */
package io.jenkins.plugins.codearts.client.pipeline;
