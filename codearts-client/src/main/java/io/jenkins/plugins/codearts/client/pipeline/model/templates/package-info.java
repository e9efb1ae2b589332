/** Models of the pipeline template operations. */
package io.jenkins.plugins.codearts.client.pipeline.model.templates;
