package io.jenkins.plugins.codearts.client.ide;

import io.jenkins.plugins.codearts.client.http.Transport;
import java.util.Objects;

/** CodeArts IDE Online, one accessor per chapter of the API reference. */
public final class IdeService {

    private final Transport transport;

    public IdeService(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The transport shared by the chapters. */
    Transport transport() {
        return transport;
    }
}
