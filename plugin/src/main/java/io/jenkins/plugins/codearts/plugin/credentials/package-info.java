/**
 * The Huawei Cloud credentials types (AK/SK and IAM user) and the huaweiCloud withCredentials binding.
 */
package io.jenkins.plugins.codearts.plugin.credentials;
