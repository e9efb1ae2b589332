/** Models of the pipeline group operations. */
package io.jenkins.plugins.codearts.client.pipeline.model.groups;
