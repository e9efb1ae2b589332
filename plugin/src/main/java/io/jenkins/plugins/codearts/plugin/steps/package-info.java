/**
 * The Pipeline steps (runCodeArtsPipeline, waitForRun, approveReview, createIdeInstance, codeArtsIdeInstance),
 * their executions and the step parameters the freestyle build steps reuse.
 */
package io.jenkins.plugins.codearts.plugin.steps;
