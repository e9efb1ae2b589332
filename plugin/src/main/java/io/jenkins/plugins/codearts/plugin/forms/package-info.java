/**
 * Form support shared by every part: who may call a form method, field checks and drop-down choices.
 */
package io.jenkins.plugins.codearts.plugin.forms;
