/** The gateway: authenticates every call by IAM token, AK/SK signature or marketplace publisher token. */
package io.jenkins.plugins.codearts.emulator.auth;
