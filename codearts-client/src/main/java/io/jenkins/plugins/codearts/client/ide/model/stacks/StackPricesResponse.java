package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of listStackPrices (doc B 4.2.2).
 *
 * @param prices prices.
 * @param status success.
 */
public record StackPricesResponse(
        @JsonProperty("prices") List<StackPrice> prices,
        @JsonProperty("status") String status) {
}
