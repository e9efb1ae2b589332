package io.jenkins.plugins.codearts.engine;

/** A follow could not go on or finish, for a reason other than a client error (those are thrown as they are). */
public class FollowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FollowException(String message) {
        super(message);
    }

    public FollowException(String message, Throwable cause) {
        super(message, cause);
    }
}
