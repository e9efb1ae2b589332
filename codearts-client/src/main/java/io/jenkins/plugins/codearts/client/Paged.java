package io.jenkins.plugins.codearts.client;

import java.util.List;

/**
 * One page of a list endpoint.
 *
 * @param items  the items of this page (never null)
 * @param offset the offset the server reports for this page (item offset)
 * @param limit  the page size the server reports
 * @param total  the total item count the server reports, or -1 when the endpoint does not report one
 */
public record Paged<T>(List<T> items, long offset, long limit, long total) {

    public Paged {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A page whose total the server may leave out: a null {@code total} means unknown (-1). */
    public static <T> Paged<T> of(List<T> items, long offset, long limit, Number total) {
        return new Paged<>(items, offset, limit, total == null ? -1 : total.longValue());
    }

    /** Whether the server reports more items after this page (false when it reports no total). */
    public boolean hasMore() {
        return total >= 0 && !items.isEmpty() && offset + items.size() < total;
    }
}
