/** The Netty HTTP listener and the dispatch of each request through the gateway and fault rules to its route. */
package io.jenkins.plugins.codearts.emulator.server;
