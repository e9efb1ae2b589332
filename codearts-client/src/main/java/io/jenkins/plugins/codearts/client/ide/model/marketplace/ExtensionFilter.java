package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * A filter with its page (queryExtensions).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param criteria criteria.
 * @param pageNumber page number, from 1 (mandatory).
 * @param pageSize page size (mandatory).
 * @param sortBy 1 last modified, 2 name, 3 author.
 * @param sortOrder 1 ascending, 2 descending.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtensionFilter(
        @JsonProperty("criteria") List<FilterCriterion> criteria,
        @JsonProperty("page_number") Long pageNumber,
        @JsonProperty("page_size") Long pageSize,
        @JsonProperty("sort_by") Long sortBy,
        @JsonProperty("sort_order") Long sortOrder) {

    public ExtensionFilter {
        RequiredFields.check(pageNumber, "page_number", "queryExtensions", "ExtensionFilter");
        RequiredFields.check(pageSize, "page_size", "queryExtensions", "ExtensionFilter");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link ExtensionFilter}; only the fields that are set are sent. */
    public static final class Builder {
        private List<FilterCriterion> criteria;
        private Long pageNumber;
        private Long pageSize;
        private Long sortBy;
        private Long sortOrder;

        private Builder() {
        }

        public Builder criteria(List<FilterCriterion> criteria) {
            this.criteria = criteria;
            return this;
        }

        public Builder pageNumber(Long pageNumber) {
            this.pageNumber = pageNumber;
            return this;
        }

        public Builder pageSize(Long pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder sortBy(Long sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        public Builder sortOrder(Long sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        public ExtensionFilter build() {
            return new ExtensionFilter(criteria, pageNumber, pageSize, sortBy, sortOrder);
        }
    }
}
