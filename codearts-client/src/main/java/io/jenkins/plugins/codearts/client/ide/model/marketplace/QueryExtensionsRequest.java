package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * Body of queryExtensions (doc B 4.6.8).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param filters filters (mandatory).
 * @param flags flags bitmask (2, 4, 8, 16 added up) (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryExtensionsRequest(
        @JsonProperty("filters") List<ExtensionFilter> filters,
        @JsonProperty("flags") Integer flags) {

    public QueryExtensionsRequest {
        RequiredFields.check(filters, "filters", "queryExtensions", "QueryExtensionsRequest");
        RequiredFields.check(flags, "flags", "queryExtensions", "QueryExtensionsRequest");
    }
}
