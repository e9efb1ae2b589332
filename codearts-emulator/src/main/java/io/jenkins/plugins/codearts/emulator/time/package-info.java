/** The emulator clock: real, sped up by a factor, or manual for exact tests. */
package io.jenkins.plugins.codearts.emulator.time;
