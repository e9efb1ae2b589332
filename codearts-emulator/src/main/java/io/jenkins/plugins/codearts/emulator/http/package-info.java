/** The routing layer the route modules share: routes, requests, responses, errors and the emulator context. */
package io.jenkins.plugins.codearts.emulator.http;
