package io.jenkins.plugins.codearts.engine;

/** The IDE Online calls the engine makes, in its own terms; {@link ClientIdeApi} implements it with the client. */
interface IdeApi {

    /** createIdeInstance's answer. */
    record Created(String instanceId, String link, String arch) {
    }

    /** showIdeInstanceStatus's answer. */
    record Status(String status, String serverUrl) {
    }

    Created create(IdeInstanceSpec request);

    Status status(String instanceId);

    /** The URL that opens the instance's IDE (showIdeInstance's {@code link}), or null when it has none. */
    default String link(String instanceId) {
        return null;
    }

    void start(String instanceId);

    void stop(String instanceId);

    void delete(String instanceId);
}
