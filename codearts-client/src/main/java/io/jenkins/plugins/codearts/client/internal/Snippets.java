package io.jenkins.plugins.codearts.client.internal;

/** Shortens parser and server text to the part an error message quotes. */
final class Snippets {

    private Snippets() {
    }

    /** The first line, at most 200 characters; empty for null. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        String line = newline >= 0 ? text.substring(0, newline) : text;
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** At most 80 characters. */
    static String clip(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
