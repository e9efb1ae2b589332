/** Plugs a caller's OkHttp client into the CodeArts client ({@link io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector}). */
package io.jenkins.plugins.codearts.client.okhttp;
