package io.jenkins.plugins.codearts.resourcecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the checks need from one .jelly file: every attribute value and text block Jelly parses for expressions,
 * every form {@code field}, every {@code <st:include>}, each with its line. Read with a namespace-aware SAX parser,
 * as Jelly's own XMLParser reads views.
 */
final class JellyView {

    private static final String STAPLER_TAGS = "jelly:stapler";
    private static final String FORM_TAGS = "/lib/form";

    /** An attribute value or text block as written, and the line it is on. */
    record Snippet(String text, int line) {
    }

    record FieldUse(String name, int line) {
    }

    /**
     * {@code <st:include page=".." class=".."/>}; {@code className} is null when not given, {@code ofOtherObject} is
     * set when {@code it} or {@code from} points the include at another object.
     */
    record Include(String page, String className, boolean ofOtherObject, int line) {
    }

    /** Inline script or style in the page itself, which Jenkins' Content Security Policy blocks. */
    record InlineCode(String what, int line) {
    }

    final Path file;
    /** Whether the file starts with {@code <?jelly escape-by-default='true'?>}, so {@code ${...}} output is escaped. */
    boolean escapedByDefault;
    final List<InlineCode> inlineCode = new ArrayList<>();
    final List<Snippet> snippets = new ArrayList<>();
    final List<FieldUse> fields = new ArrayList<>();
    final List<Include> includes = new ArrayList<>();
    /** Set when the file is not well-formed XML; the lists then hold what was read before the error. */
    SAXParseException malformation;

    private final List<String> lines;

    private JellyView(Path file) throws IOException {
        this.file = file;
        this.lines = Files.readAllLines(file);
    }

    static JellyView read(Path file) throws IOException {
        JellyView view = new JellyView(file);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newSAXParser().parse(file.toFile(), view.new Reader());
        } catch (SAXParseException e) {
            view.malformation = e;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return view;
    }

    /** The line of {@code part} (say one {@code ${...}}) within a snippet that may span several lines. */
    int lineWithin(Snippet snippet, String part) {
        long span = snippet.text().lines().count();
        for (int line = snippet.line(); line <= Math.min(lines.size(), snippet.line() + span); line++) {
            if (lines.get(line - 1).contains(part)) {
                return line;
            }
        }
        return snippet.line();
    }

    /**
     * The line on which {@code text} is written, searching back from where the parser reported the event (the end of
     * a start tag, or the tag after a text block).
     */
    private int lineOf(String text, int reportedLine) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        if (!firstLine.isEmpty()) {
            for (int line = Math.min(reportedLine, lines.size()); line >= 1; line--) {
                if (lines.get(line - 1).contains(firstLine)) {
                    return line;
                }
            }
        }
        return reportedLine;
    }

    private final class Reader extends DefaultHandler {
        private Locator locator;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void processingInstruction(String target, String data) {
            if ("jelly".equals(target) && data.replace('"', '\'').contains("escape-by-default='true'")) {
                escapedByDefault = true;
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            int line = locator.getLineNumber();
            boolean html = uri.isEmpty();
            if (html && localName.equalsIgnoreCase("script") && attributes.getValue("src") == null) {
                inlineCode.add(new InlineCode("inline <script>", line));
            }
            if (html && localName.equalsIgnoreCase("style")) {
                inlineCode.add(new InlineCode("inline <style>", line));
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String value = attributes.getValue(i);
                int valueLine = lineOf(attributes.getQName(i) + "=", line);
                String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                if (html && (attribute.startsWith("on") || attribute.equals("style"))) {
                    inlineCode.add(new InlineCode(attributes.getQName(i) + "=\"...\"", valueLine));
                }
                snippets.add(new Snippet(value, valueLine));
                if (FORM_TAGS.equals(uri) && "field".equals(attributes.getLocalName(i))) {
                    fields.add(new FieldUse(value, valueLine));
                }
            }
            if (STAPLER_TAGS.equals(uri) && "include".equals(localName)) {
                includes.add(new Include(attributes.getValue("page"), attributes.getValue("class"),
                        attributes.getValue("it") != null || attributes.getValue("from") != null, line));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endDocument() {
            flushText();
        }

        private void flushText() {
            if (!text.isEmpty() && !text.toString().isBlank()) {
                snippets.add(new Snippet(text.toString(), lineOf(text.toString(), locator.getLineNumber())));
            }
            text.setLength(0);
        }
    }
}
