/** Request and response models of the IDE Online instance operations. */
package io.jenkins.plugins.codearts.client.ide.model;
