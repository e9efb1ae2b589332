/** Models of the tenant and project rule set (policy) operations. */
package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;
