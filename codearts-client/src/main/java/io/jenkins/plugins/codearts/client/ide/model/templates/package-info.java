/** Models of the IDE Online stack template operations. */
package io.jenkins.plugins.codearts.client.ide.model.templates;
