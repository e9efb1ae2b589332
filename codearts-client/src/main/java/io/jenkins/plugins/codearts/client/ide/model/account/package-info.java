/** Models of the IDE Online account status operation. */
package io.jenkins.plugins.codearts.client.ide.model.account;
