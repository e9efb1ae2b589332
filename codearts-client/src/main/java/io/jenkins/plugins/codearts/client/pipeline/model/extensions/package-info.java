/** Models of the pipeline extension (plug-in, basic plug-in and publisher) operations. */
package io.jenkins.plugins.codearts.client.pipeline.model.extensions;
