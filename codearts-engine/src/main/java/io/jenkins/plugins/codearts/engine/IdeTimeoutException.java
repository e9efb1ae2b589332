package io.jenkins.plugins.codearts.engine;

/** An IDE instance did not reach the wanted status in time; {@link #lastKnown()} says where it stood. */
public class IdeTimeoutException extends FollowException {

    private static final long serialVersionUID = 1L;

    private final transient IdeInstanceResult lastKnown;

    public IdeTimeoutException(String message, IdeInstanceResult lastKnown) {
        super(message);
        this.lastKnown = lastKnown;
    }

    public IdeInstanceResult lastKnown() {
        return lastKnown;
    }
}
