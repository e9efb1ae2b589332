package io.jenkins.plugins.codearts.emulator.crud;

/**
 * One served operation: its name from {@code codearts-api-operations.tsv}, HTTP method, path template with
 * {@code {name}} placeholders, and the handler.
 */
public record CrudRoute(String operation, String method, String pathTemplate, Handler handler) {

    /** Turns a request into a reply, or throws {@link CrudException} for a documented error. */
    @FunctionalInterface
    public interface Handler {
        CrudReply handle(CrudRequest request);
    }

    /** This route with its handler run under {@code lock}: the families that share one store share its lock. */
    public CrudRoute lockedBy(Object lock) {
        Handler unlocked = handler;
        return new CrudRoute(operation, method, pathTemplate, request -> {
            synchronized (lock) {
                return unlocked.handle(request);
            }
        });
    }
}
