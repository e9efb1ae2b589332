/** Models of the pipeline rule operations. */
package io.jenkins.plugins.codearts.client.pipeline.model.rules;
