package io.jenkins.plugins.codearts.emulator.fault;

/** What an injected fault does to a response. */
public enum FaultKind {
    /** Answer with an HTTP error status (429 with Retry-After, 500, 502, 503, 504) and an error body. */
    STATUS,
    /** Wait, then answer normally. */
    DELAY,
    /** Send part of the response, then reset the connection (TCP RST). */
    RESET,
    /** Declare the full Content-Length, send half of the body, then close the connection. */
    TRUNCATE,
    /** Answer HTTP 200 with an {@code error_code}/{@code error_msg} body. */
    BUSINESS_ERROR
}
