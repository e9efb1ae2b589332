/**
 * The 93 catalogue endpoints of Doc A and Doc B (see the emulator package for the labels): templates, groups, rules,
 * policies, extension plug-ins, the IDE catalogue and marketplace, served as resource families over in-memory stores.
 */
package io.jenkins.plugins.codearts.emulator.crud;
