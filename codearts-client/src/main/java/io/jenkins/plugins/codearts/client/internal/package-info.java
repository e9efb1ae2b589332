/** Not API: how operations go over HTTP (URLs, signing, IAM tokens, retries, response reading) and the argument checks the chapter classes share; may change in any release. */
package io.jenkins.plugins.codearts.client.internal;
