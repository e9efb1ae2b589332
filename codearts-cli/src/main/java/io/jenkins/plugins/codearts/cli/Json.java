package io.jenkins.plugins.codearts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;

/** {@code --json} output: one indented JSON document on stdout. */
final class Json {

    private Json() {
    }

    static void print(CliEnvironment environment, Object value) {
        try {
            environment.out().println(CodeArtsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new CliException(ExitCodes.ERROR, "the result cannot be written as JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
