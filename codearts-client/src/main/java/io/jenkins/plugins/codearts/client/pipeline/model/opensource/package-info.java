/** Models of the open-source governance rule set operations. */
package io.jenkins.plugins.codearts.client.pipeline.model.opensource;
