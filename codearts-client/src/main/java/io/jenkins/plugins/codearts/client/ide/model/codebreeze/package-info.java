/** Models of the CodeArts Snap (codebreeze) code generation operations. */
package io.jenkins.plugins.codearts.client.ide.model.codebreeze;
