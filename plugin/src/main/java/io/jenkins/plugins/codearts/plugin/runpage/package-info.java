/**
 * The CodeArts run page on a Jenkins build (stages, Approve and Refuse) and the actions that export run and IDE
 * ids as environment variables.
 */
package io.jenkins.plugins.codearts.plugin.runpage;
