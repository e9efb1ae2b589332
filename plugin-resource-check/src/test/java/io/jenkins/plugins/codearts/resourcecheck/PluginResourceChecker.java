package io.jenkins.plugins.codearts.resourcecheck;

import io.jenkins.plugins.codearts.resourcecheck.JellyView.FieldUse;
import io.jenkins.plugins.codearts.resourcecheck.JellyView.Include;
import io.jenkins.plugins.codearts.resourcecheck.JellyView.Snippet;
import io.jenkins.plugins.codearts.resourcecheck.PluginSources.PluginClass;
import io.jenkins.plugins.codearts.resourcecheck.StaplerExpressions.Message;
import io.jenkins.plugins.codearts.resourcecheck.StaplerExpressions.UnparsableExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kohsuke.stapler.jelly.ResourceBundle;

/**
 * Checks a Jenkins plugin's views, help files and message bundles the way Jenkins will meet them, without Jenkins.
 * Resource folders are mapped to classes by path ({@code a/b/Foo/config.jelly} belongs to class {@code a.b.Foo}),
 * so the check follows the plugin through any package layout.
 */
final class PluginResourceChecker {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern CONFIG_VIEW = Pattern.compile("config.*\\.jelly|credentials\\.jelly|global\\.jelly");
    private static final Pattern LOCALIZED_PROPERTIES = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    private final Path resourceRoot;
    private final Path javaRoot;
    private final List<Problem> problems = new ArrayList<>();

    PluginResourceChecker(Path resourceRoot, Path javaRoot) {
        this.resourceRoot = resourceRoot.toAbsolutePath().normalize();
        this.javaRoot = javaRoot.toAbsolutePath().normalize();
    }

    /** Every problem found, ordered by file and line. */
    List<Problem> check() throws IOException {
        problems.clear();
        PluginSources sources = PluginSources.read(javaRoot);
        problems.addAll(sources.unreadable);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(resourceRoot)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<Path, JellyView> views = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jelly")) {
                JellyView view = JellyView.read(file);
                if (view.malformation != null) {
                    problems.add(new Problem(file, view.malformation.getLineNumber(),
                            "not well-formed XML: " + view.malformation.getMessage()));
                } else {
                    views.put(file, view);
                    checkSafeHtml(view);
                    checkExpressions(view);
                }
            } else if (name.endsWith(".properties") && !LOCALIZED_PROPERTIES.matcher(name).matches()) {
                checkTranslated(file);
            }
        }
        checkFields(views, sources);
        return problems.stream().distinct().sorted(Problem.BY_FILE_AND_LINE).toList();
    }

    /** One line per problem, paths relative to {@code base}. */
    static String report(List<Problem> problems, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.describe(absoluteBase)).append('\n'));
        return out.toString();
    }

    // Jenkins' conventions for every view: escaped output, no inline code (Content Security Policy)
    private void checkSafeHtml(JellyView view) {
        if (!view.escapedByDefault) {
            problems.add(new Problem(view.file, 1, "does not start with <?jelly escape-by-default='true'?>, so"
                    + " ${...} output is not HTML-escaped"));
        }
        for (JellyView.InlineCode code : view.inlineCode) {
            problems.add(new Problem(view.file, code.line(), code.what() + ": Jenkins' Content Security Policy blocks"
                    + " inline script and style; use an adjunct or a .js/.css file"));
        }
    }

    // (2) expressions Stapler cannot parse, message arguments that vanish, (4) untranslated view keys
    private void checkExpressions(JellyView view) throws IOException {
        String base = stripSuffix(view.file.toUri().toString(), ".jelly");
        ResourceBundle bundle = new ResourceBundle(base);
        Properties english = load(Path.of(stripSuffix(view.file.toString(), ".jelly") + ".properties"));
        String chineseFile = view.file.getFileName().toString().replace(".jelly", "_zh_CN.properties");
        StaplerExpressions expressions = new StaplerExpressions(bundle);
        for (Snippet snippet : view.snippets) {
            List<Message> messages;
            try {
                messages = expressions.parse(snippet.text());
            } catch (UnparsableExpression e) {
                boolean located = e.expressionText != null;
                String shown = located ? "${" + e.expressionText + "}" : snippet.text().strip();
                int line = located ? view.lineWithin(snippet, shown) : snippet.line();
                String hint = located && e.expressionText.startsWith("%")
                        ? "; keep parentheses out of ${%...}, e.g. ${%Timeout} (${%minutes}),"
                                + " or put the text in a .properties key"
                        : "";
                problems.add(new Problem(view.file, line,
                        shown + ": Stapler cannot parse it (\"" + e.getMessage() + "\")" + hint));
                continue;
            }
            for (Message message : messages) {
                int line = view.lineWithin(snippet, message.expressionText());
                String shown = "${" + message.expressionText() + "}";
                boolean formats = checkFormats(view.file, line, shown, message, bundle,
                        english.containsKey(message.key()));
                // a broken label's key is not worth translating; it is reported once, above
                if (formats && !english.containsKey(message.key())
                        && bundle.getFormatStringWithoutDefaulting(CHINESE, message.key()) == null) {
                    problems.add(new Problem(view.file, line, shown + ": key \"" + message.key()
                            + "\" has no zh_CN translation in " + chineseFile));
                }
            }
        }
    }

    /**
     * Whether Stapler can format the message with its arguments, in English and in Chinese. A bad pattern of a key
     * defined in the view's own .properties is reported with that file.
     */
    private boolean checkFormats(Path file, int line, String shown, Message message, ResourceBundle bundle,
            boolean definedInProperties) {
        String format = bundle.getFormatString(Locale.ROOT, message.key());
        String chinese = bundle.getFormatStringWithoutDefaulting(CHINESE, message.key());
        for (String text : new String[] {format, chinese}) {
            try {
                if (text != null) {
                    new MessageFormat(text);
                }
            } catch (IllegalArgumentException e) {
                if (definedInProperties) {
                    return false;
                }
                // Stapler formats every defined message with MessageFormat, so the page fails
                problems.add(new Problem(file, line, shown + ": the text of key \"" + message.key() + "\" (\""
                        + text + "\") is not a MessageFormat pattern: " + e.getMessage()));
                return false;
            }
        }
        if (message.arguments().isEmpty()) {
            return true;
        }
        // Stapler shows a key without a definition as it is, so its arguments are dropped.
        int placeholders = format == null ? 0 : argumentCount(format);
        if (placeholders < message.arguments().size()) {
            String arguments = message.expressionText().substring(1 + message.key().length());
            problems.add(new Problem(file, line, shown + ": Stapler reads " + arguments
                    + " as message arguments, but key \"" + message.key() + "\" has no {"
                    + placeholders + "} placeholder, so the text vanishes from the page"
                    + "; keep parentheses out of ${%...}, e.g. ${%Timeout} (${%minutes})"));
            return false;
        }
        return true;
    }

    // (4) every key of Messages.properties or a view's .properties has a zh_CN translation
    private void checkTranslated(Path englishFile) throws IOException {
        Path chineseFile = englishFile.resolveSibling(
                stripSuffix(englishFile.getFileName().toString(), ".properties") + "_zh_CN.properties");
        Properties english = load(englishFile);
        Properties chinese = load(chineseFile);
        for (Map.Entry<String, Integer> key : keyLines(englishFile).entrySet()) {
            String translation = chinese.getProperty(key.getKey());
            if (translation == null || translation.isEmpty()) {
                problems.add(new Problem(englishFile, key.getValue(), "key \"" + key.getKey()
                        + "\" has no zh_CN translation in " + chineseFile.getFileName()));
                continue;
            }
            // Jenkins formats every message with MessageFormat, the translation with the same arguments
            try {
                int englishArguments = argumentCount(english.getProperty(key.getKey()));
                int chineseArguments = argumentCount(translation);
                if (englishArguments != chineseArguments) {
                    problems.add(new Problem(englishFile, key.getValue(), "key \"" + key.getKey() + "\" takes "
                            + englishArguments + " argument(s) but its zh_CN translation in "
                            + chineseFile.getFileName() + " shows " + chineseArguments));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(englishFile, key.getValue(), "key \"" + key.getKey()
                        + "\" or its zh_CN translation is not a MessageFormat pattern: " + e.getMessage()));
            }
        }
    }

    /** 1 + the highest {n} of a MessageFormat pattern. */
    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    // (3) each form field is a property of its class, (5) and has a help file
    private void checkFields(Map<Path, JellyView> views, PluginSources sources) {
        Map<Path, List<Path>> includers = new LinkedHashMap<>();
        for (JellyView view : views.values()) {
            for (Include include : view.includes) {
                includedView(view, include, sources).ifPresent(target -> {
                    if (views.containsKey(target)) {
                        includers.computeIfAbsent(target, t -> new ArrayList<>()).add(view.file);
                    } else {
                        problems.add(new Problem(view.file, include.line(), "<st:include page=\"" + include.page()
                                + "\"> names a page that does not exist: " + resourceRoot.relativize(target)));
                    }
                });
            }
        }
        for (JellyView view : views.values()) {
            if (view.fields.isEmpty() || !CONFIG_VIEW.matcher(view.file.getFileName().toString()).matches()) {
                continue;
            }
            for (FormContext context : contexts(view.file, includers, new HashSet<>())) {
                Optional<PluginClass> owner = sources.find(context.className);
                if (owner.isEmpty()) {
                    problems.add(new Problem(view.file, view.fields.get(0).line(), "no class " + context.className
                            + " in the plugin's Java sources for this folder" + context.suffix(resourceRoot)));
                    continue;
                }
                List<PluginClass> hierarchy = sources.hierarchy(owner.get());
                for (FieldUse field : view.fields) {
                    checkField(view.file, field, hierarchy, context);
                }
            }
        }
    }

    private void checkField(Path file, FieldUse field, List<PluginClass> hierarchy, FormContext context) {
        String name = field.name();
        PluginClass owner = hierarchy.get(0);
        if (hierarchy.stream().noneMatch(c -> c.properties().contains(name))) {
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            problems.add(new Problem(file, field.line(), "field \"" + name + "\": " + owner.simpleName()
                    + " and its superclasses have no get" + capitalized + "()/is" + capitalized
                    + "(), @DataBoundSetter or @DataBoundConstructor parameter \"" + name + "\""
                    + context.suffix(resourceRoot)));
        }
        String help = "help-" + name + ".html";
        if (hierarchy.stream().noneMatch(c -> Files.isRegularFile(folderOf(c.name()).resolve(help)))) {
            problems.add(new Problem(file, field.line(), "field \"" + name + "\": no " + help + " in "
                    + resourceRoot.relativize(folderOf(owner.name())) + " or its superclasses' folders"
                    + context.suffix(resourceRoot)));
        }
    }

    /** The class whose form a view is part of, and the top view that included it (null when shown directly). */
    private record FormContext(String className, Path includedFrom) {
        String suffix(Path root) {
            return includedFrom == null ? "" : " (as included by " + root.relativize(includedFrom) + ")";
        }
    }

    private List<FormContext> contexts(Path view, Map<Path, List<Path>> includers, Set<Path> visiting) {
        List<Path> includedBy = includers.getOrDefault(view, List.of());
        if (includedBy.isEmpty() || !visiting.add(view)) {
            return List.of(new FormContext(classOf(view), null));
        }
        List<FormContext> contexts = new ArrayList<>();
        for (Path includer : includedBy) {
            for (FormContext outer : contexts(includer, includers, visiting)) {
                contexts.add(new FormContext(outer.className, outer.includedFrom == null ? includer
                        : outer.includedFrom));
            }
        }
        visiting.remove(view);
        return contexts;
    }

    /** The page an {@code <st:include>} shows, if named literally; includes of other plugins' pages are skipped. */
    private Optional<Path> includedView(JellyView view, Include include, PluginSources sources) {
        if (include.page() == null || include.page().contains("${") || include.ofOtherObject()) {
            return Optional.empty();
        }
        String page = include.page().endsWith(".jelly") ? include.page() : include.page() + ".jelly";
        if (include.className() == null) {
            return Optional.of(view.file.resolveSibling(page));
        }
        if (include.className().contains("${")) {
            return Optional.empty();
        }
        if (sources.find(include.className()).isEmpty()) {
            if (sources.claims(include.className())) {
                problems.add(new Problem(view.file, include.line(), "<st:include class=\"" + include.className()
                        + "\"> names a class that is not in the plugin's Java sources"));
            }
            return Optional.empty();
        }
        return Optional.of(folderOf(include.className()).resolve(page));
    }

    private String classOf(Path view) {
        return resourceRoot.relativize(view.getParent()).toString().replace('\\', '/').replace('/', '.');
    }

    private Path folderOf(String className) {
        return resourceRoot.resolve(className.replace('.', '/'));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            // ISO-8859-1 with \\u escapes, as Stapler and Jenkins' Messages read them
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Each key of a .properties file with the line it is defined on. */
    private static Map<String, Integer> keyLines(Path file) throws IOException {
        Map<String, Integer> keys = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean continued = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!continued) {
                Properties one = new Properties();
                one.load(new StringReader(line));
                int lineNumber = i + 1;
                one.stringPropertyNames().forEach(key -> keys.putIfAbsent(key, lineNumber));
            }
            continued = endsWithContinuation(line);
        }
        Properties all = load(file);
        all.stringPropertyNames().forEach(key -> keys.putIfAbsent(key, 0));
        return keys;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }
}
