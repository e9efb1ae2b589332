package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of createJoinRequest (doc B 4.7.5).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param region region.
 * @param name name.
 * @param email e-mail.
 * @param organization organisation.
 * @param phoneNumber phone number.
 * @param invitationCode invitation code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JoinRequest(
        @JsonProperty("region") String region,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("organization") String organization,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("invitation_code") String invitationCode) {

    /** Leaves out the invitation code and the phone number, which are personal or secret. */
    @Override
    public String toString() {
        return "JoinRequest[region=" + region + ", name=" + name + ", email=" + email + ", organization=" + organization
                + ", phoneNumber=" + (phoneNumber == null ? null : "****") + ", invitationCode="
                + (invitationCode == null ? null : "****") + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link JoinRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String region;
        private String name;
        private String email;
        private String organization;
        private String phoneNumber;
        private String invitationCode;

        private Builder() {
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        public Builder invitationCode(String invitationCode) {
            this.invitationCode = invitationCode;
            return this;
        }

        public JoinRequest build() {
            return new JoinRequest(region, name, email, organization, phoneNumber, invitationCode);
        }
    }
}
