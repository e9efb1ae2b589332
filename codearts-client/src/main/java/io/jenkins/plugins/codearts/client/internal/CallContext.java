package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.Operation;

/**
 * Per-attempt facts attached to an OkHttp request as a tag: what to sign, and whether any byte may have left
 * for the server (set by a network interceptor, which OkHttp runs only once a connection exists).
 */
final class CallContext {

    enum Auth { SIGNED_OR_TOKEN, NONE }

    final Operation operation;
    final Auth auth;
    /** Body bytes to hash for the signature; null when the body is not JSON (then UNSIGNED-PAYLOAD). */
    final byte[] signedBody;
    final boolean unsignedPayload;
    volatile boolean requestSent;
    /** The IAM token this attempt used, so that a 401 invalidates exactly that one. */
    volatile IamTokenProvider.IamToken tokenUsed;

    CallContext(Operation operation, Auth auth, byte[] signedBody, boolean unsignedPayload) {
        this.operation = operation;
        this.auth = auth;
        this.signedBody = signedBody;
        this.unsignedPayload = unsignedPayload;
    }
}
