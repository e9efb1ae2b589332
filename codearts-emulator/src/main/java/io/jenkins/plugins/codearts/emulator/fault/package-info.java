/** Fault injection: rules that answer chosen operations with an error status, a delay, a reset connection or a cut-off body. */
package io.jenkins.plugins.codearts.emulator.fault;
