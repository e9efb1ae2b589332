package io.jenkins.plugins.codearts.emulator.fault;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One fault rule for an operation, configured fluently:
 * {@code faults.on("showStepLogs").times(2).status(429).retryAfterSeconds(1)}. The rule is active as soon as its kind
 * is set; it fires for the next {@code times} matching requests (unlimited by default), each with {@code probability}.
 */
public final class FaultRule {

    /** Matches every operation. */
    public static final String ANY_OPERATION = "*";

    private final long id;
    private final String operationName;
    private volatile FaultKind kind;
    private volatile int status;
    private volatile int retryAfterSeconds = -1;
    private volatile long delayMillis;
    private volatile String errorCode;
    private volatile String errorMsg;
    private volatile double probability = 1.0;
    private int remaining = -1;
    private int fired;

    FaultRule(long id, String operationName) {
        this.id = id;
        this.operationName = operationName;
    }

    /** Fire for the next {@code count} matching requests only. */
    public synchronized FaultRule times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + count);
        }
        this.remaining = count;
        return this;
    }

    /** Fire for one request only. */
    public FaultRule once() {
        return times(1);
    }

    /** Fire with this probability (0 < p <= 1) per matching request. */
    public FaultRule probability(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], was " + p);
        }
        this.probability = p;
        return this;
    }

    /** Answer with this HTTP status (429, 500, 502, 503, 504, or any 4xx/5xx) and a gateway-style error body. */
    public FaultRule status(int httpStatus) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("fault status must be 400..599, was " + httpStatus);
        }
        this.status = httpStatus;
        this.kind = FaultKind.STATUS;
        return this;
    }

    /** The Retry-After header (seconds) sent with a status fault; 429 defaults to 1. */
    public FaultRule retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be >= 0, was " + seconds);
        }
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Wait this long (real time) before answering normally. */
    public FaultRule delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        this.delayMillis = delay.toMillis();
        this.kind = FaultKind.DELAY;
        return this;
    }

    /** Send part of the response, then reset the connection. */
    public FaultRule resetConnection() {
        this.kind = FaultKind.RESET;
        return this;
    }

    /** Declare the full Content-Length, send half of the body, close. */
    public FaultRule truncateBody() {
        this.kind = FaultKind.TRUNCATE;
        return this;
    }

    /** HTTP 200 with this error body. */
    public FaultRule businessError(String code, String message) {
        this.errorCode = code;
        this.errorMsg = message;
        this.kind = FaultKind.BUSINESS_ERROR;
        return this;
    }

    /** Overrides the error code and message of a status fault. */
    public FaultRule errorBody(String code, String message) {
        this.errorCode = code;
        this.errorMsg = message;
        return this;
    }

    /** Decides whether this rule fires for a request now, consuming one of its {@code times}. */
    synchronized boolean tryFire() {
        if (kind == null || remaining == 0) {
            return false;
        }
        if (probability < 1.0 && ThreadLocalRandom.current().nextDouble() >= probability) {
            return false;
        }
        if (remaining > 0) {
            remaining--;
        }
        fired++;
        return true;
    }

    synchronized boolean exhausted() {
        return remaining == 0;
    }

    boolean appliesTo(String operation) {
        return operationName.equals(ANY_OPERATION) || operationName.equals(operation);
    }

    public long id() {
        return id;
    }

    public String operationName() {
        return operationName;
    }

    public FaultKind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** Retry-After seconds, or -1 when none should be sent (429 defaults to 1). */
    public int retryAfterSeconds() {
        if (retryAfterSeconds < 0 && status == 429) {
            return 1;
        }
        return retryAfterSeconds;
    }

    public long delayMillis() {
        return delayMillis;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMsg() {
        return errorMsg;
    }

    public synchronized int fired() {
        return fired;
    }

    /** The rule as JSON for the admin API. */
    public synchronized ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("operation", operationName);
        node.put("kind", kind == null ? null : kind.name());
        if (kind == FaultKind.STATUS) {
            node.put("status", status);
            node.put("retry_after_seconds", retryAfterSeconds());
        }
        if (kind == FaultKind.DELAY) {
            node.put("delay_ms", delayMillis);
        }
        if (errorCode != null) {
            node.put("error_code", errorCode);
            node.put("error_msg", errorMsg);
        }
        node.put("probability", probability);
        node.put("remaining", remaining);
        node.put("fired", fired);
        return node;
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
