/** Models of the IDE Online TSBot chat operations. */
package io.jenkins.plugins.codearts.client.ide.model.tsbot;
