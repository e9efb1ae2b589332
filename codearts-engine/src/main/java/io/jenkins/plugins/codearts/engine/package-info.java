/** Jenkins-free run and IDE instance following on top of the client: start, poll, stream logs, review, stop and report. */
package io.jenkins.plugins.codearts.engine;
