package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createEvent (doc B 4.7.6).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param component component, e.g. codebot (mandatory).
 * @param verb verb, e.g. access.
 * @param objectValue object, e.g. an API path.
 * @param data free-form data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEventRequest(
        @JsonProperty("component") String component,
        @JsonProperty("verb") String verb,
        @JsonProperty("object") String objectValue,
        @JsonProperty("data") JsonNode data) {

    public CreateEventRequest {
        RequiredFields.check(component, "component", "createEvent", "CreateEventRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CreateEventRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String component;
        private String verb;
        private String objectValue;
        private JsonNode data;

        private Builder() {
        }

        public Builder component(String component) {
            this.component = component;
            return this;
        }

        public Builder verb(String verb) {
            this.verb = verb;
            return this;
        }

        public Builder objectValue(String objectValue) {
            this.objectValue = objectValue;
            return this;
        }

        public Builder data(JsonNode data) {
            this.data = data;
            return this;
        }

        public CreateEventRequest build() {
            return new CreateEventRequest(component, verb, objectValue, data);
        }
    }
}
