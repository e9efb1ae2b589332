/** IDE Online instances (Doc B §4.1): their store, lifecycle on the emulator clock and routes. */
package io.jenkins.plugins.codearts.emulator.ide;
