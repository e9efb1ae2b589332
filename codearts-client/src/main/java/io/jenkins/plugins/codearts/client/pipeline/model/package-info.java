/** Request and response models of the pipeline and pipeline run operations. */
package io.jenkins.plugins.codearts.client.pipeline.model;
