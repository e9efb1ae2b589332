package io.jenkins.plugins.codearts.emulator.http;

/** Checks a request's credentials the way the API gateway does. */
@FunctionalInterface
public interface Authenticator {

    /**
     * @return the authenticated caller
     * @throws EmulatorHttpException with the gateway's 401/403 body when the credentials are missing or wrong
     */
    EmulatorRequest.Principal authenticate(EmulatorRequest request);

    /** Accepts everything as the given principal (for tests of routing alone). */
    static Authenticator allowAll(EmulatorRequest.Principal principal) {
        return request -> principal;
    }
}
