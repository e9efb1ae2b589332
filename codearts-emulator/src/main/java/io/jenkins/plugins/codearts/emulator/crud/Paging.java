package io.jenkins.plugins.codearts.emulator.crud;

import java.util.List;

/** Offset/limit windows over an already filtered and sorted list. */
public final class Paging {

    private Paging() {
    }

    /** Reads {@code offset} (default 0, at least 0) and {@code limit} (default given, 1..max) from the fields. */
    public static long[] offsetLimit(Fields fields, boolean mandatory, long defaultLimit, long maxLimit) {
        long offset = mandatory ? fields.requireLong("offset") : fields.longValue("offset", 0);
        long limit = mandatory ? fields.requireLong("limit") : fields.longValue("limit", defaultLimit);
        fields.inRange("offset", offset, 0, Integer.MAX_VALUE);
        fields.inRange("limit", limit, 1, maxLimit);
        return new long[] {offset, limit};
    }

    public static <T> List<T> window(List<T> items, long offset, long limit) {
        if (offset >= items.size()) {
            return List.of();
        }
        int from = (int) offset;
        int to = (int) Math.min(items.size(), offset + limit);
        return items.subList(from, to);
    }

    /** One-based page numbers, as the IDE marketplace uses. */
    public static <T> List<T> page(List<T> items, long pageNumber, long pageSize) {
        return window(items, (pageNumber - 1) * pageSize, pageSize);
    }
}
