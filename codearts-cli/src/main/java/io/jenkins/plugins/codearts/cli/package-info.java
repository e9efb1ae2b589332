/** The {@code codearts} command line: one class per command, the connection flags, and output as text, tables or JSON. */
package io.jenkins.plugins.codearts.cli;
