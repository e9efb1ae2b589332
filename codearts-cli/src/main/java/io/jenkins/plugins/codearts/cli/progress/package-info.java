/** How a followed run is shown on the terminal: plain lines, or a live stage board on a TTY. */
package io.jenkins.plugins.codearts.cli.progress;
