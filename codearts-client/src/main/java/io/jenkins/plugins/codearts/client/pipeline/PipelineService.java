package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.http.Transport;
import java.util.Objects;

/** CodeArts Pipeline, one accessor per chapter of the API reference. */
public final class PipelineService {

    private final Transport transport;

    public PipelineService(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The transport shared by the chapters. */
    Transport transport() {
        return transport;
    }
}
