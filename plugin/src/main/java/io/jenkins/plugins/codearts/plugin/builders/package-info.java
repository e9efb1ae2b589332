/**
 * The freestyle build steps, counterparts of the Pipeline steps that block on the executor thread.
 */
package io.jenkins.plugins.codearts.plugin.builders;
