/** The CodeArts API client: configuration, credentials, the operation catalogue, paging, retries and the exceptions callers handle. */
package io.jenkins.plugins.codearts.client;
