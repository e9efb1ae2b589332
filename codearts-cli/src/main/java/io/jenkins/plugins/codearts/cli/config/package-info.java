/** The CLI's settings: flags beat environment variables, which beat the config file; a missing secret can be typed at a prompt. */
package io.jenkins.plugins.codearts.cli.config;
