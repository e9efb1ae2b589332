/** Models of the IDE Online extension marketplace operations, including chunked uploads. */
package io.jenkins.plugins.codearts.client.ide.model.marketplace;
