package io.jenkins.plugins.codearts.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Ordered query parameters; a key may repeat. Null values are skipped so optional filters can be passed as is. */
public final class Query {

    private static final Query EMPTY = new Query(List.of());

    private final List<Map.Entry<String, String>> entries;

    private Query(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    public static Query empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A query with one parameter (none if the value is null). */
    public static Query of(String name, Object value) {
        return builder().add(name, value).build();
    }

    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    public static final class Builder {
        private final List<Map.Entry<String, String>> entries = new ArrayList<>();

        private Builder() {
        }

        /** Adds {@code name=value}; a null value adds nothing. Numbers and booleans are written with toString. */
        public Builder add(String name, Object value) {
            Objects.requireNonNull(name, "query parameter name");
            if (value != null) {
                entries.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        public Builder addAll(Query other) {
            entries.addAll(other.entries);
            return this;
        }

        public Query build() {
            return entries.isEmpty() ? EMPTY : new Query(Collections.unmodifiableList(new ArrayList<>(entries)));
        }
    }
}
