/** Inputs shared by both services' operations: the files the upload operations send. */
package io.jenkins.plugins.codearts.client.model;
