package io.jenkins.plugins.codearts.engine;

/**
 * The service answered the run-detail call with something that is not a run detail (no run id or no status): the
 * endpoint is probably not CodeArts. Ends a follow whose run was never seen; after that it is ridden through like any
 * unreadable answer.
 */
final class InvalidRunDetailException extends FollowException {

    private static final long serialVersionUID = 1L;

    InvalidRunDetailException(String message) {
        super(message);
    }
}
