/** Models of the IDE Online extension authorization operations. */
package io.jenkins.plugins.codearts.client.ide.model.authorization;
