package io.jenkins.plugins.codearts.emulator.crud;

import java.util.Locale;

/** The list endpoints' free-text filters ({@code name}, {@code creator_name}, extension search values, ...). */
final class TextFilter {

    private TextFilter() {
    }

    /** An absent or empty filter keeps everything; otherwise {@code value} must contain it, ignoring case. */
    static boolean keeps(String filter, String value) {
        return filter == null || filter.isEmpty() || containsIgnoreCase(value, filter);
    }

    static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
