/** CodeArts IDE Online operations, one class per chapter of the API reference, reached through {@code CodeArtsClient.ide()}. */
package io.jenkins.plugins.codearts.client.ide;
