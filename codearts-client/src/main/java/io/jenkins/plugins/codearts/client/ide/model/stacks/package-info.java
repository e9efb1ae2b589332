/** Models of the IDE Online technology stack operations. */
package io.jenkins.plugins.codearts.client.ide.model.stacks;
