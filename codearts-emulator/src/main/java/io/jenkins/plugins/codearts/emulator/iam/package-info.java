/** IAM: the password-login token call and the project listing, the calls that give the gateway its tokens. */
package io.jenkins.plugins.codearts.emulator.iam;
