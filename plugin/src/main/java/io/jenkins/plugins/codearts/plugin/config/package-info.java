/**
 * The global configuration, the connection settings a step resolves from it, and where credentials are looked up
 * and turned into a CodeArts client.
 */
package io.jenkins.plugins.codearts.plugin.config;
