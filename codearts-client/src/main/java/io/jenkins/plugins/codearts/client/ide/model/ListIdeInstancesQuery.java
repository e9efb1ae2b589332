package io.jenkins.plugins.codearts.client.ide.model;

import io.jenkins.plugins.codearts.client.Query;

/**
 * Query of the instance list calls; every field is optional.
 *
 * @param offset      offset
 * @param limit       page size (1-100; the tenant list accepts 10, 15 or 30)
 * @param isTemporary page-display flag
 * @param label       label (caller's list only)
 * @param search      fuzzy match on name or description
 * @param sortDir     {@code asc} or {@code desc} (caller's list only)
 * @param sortKey     display_name, status, pvc_quantity, created_time or stack_id (caller's list only)
 */
public record ListIdeInstancesQuery(Long offset, Long limit, Boolean isTemporary, String label, String search,
        String sortDir, String sortKey) {

    public static ListIdeInstancesQuery all() {
        return new ListIdeInstancesQuery(null, null, null, null, null, null, null);
    }

    public ListIdeInstancesQuery page(long newOffset, long newLimit) {
        return new ListIdeInstancesQuery(newOffset, newLimit, isTemporary, label, search, sortDir, sortKey);
    }

    public Query toQuery() {
        return Query.builder()
                .add("offset", offset)
                .add("limit", limit)
                .add("is_temporary", isTemporary)
                .add("label", label)
                .add("search", search)
                .add("sort_dir", sortDir)
                .add("sort_key", sortKey)
                .build();
    }
}
