package io.jenkins.plugins.codearts.resourcecheck;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plugin's classes as read from its Java sources (the plugin cannot be compiled in the default build): for each
 * class its superclass within the plugin and the form properties Jenkins can read or bind.
 */
final class PluginSources {

    /** A class of the plugin; {@code superclass} is null when it extends nothing or a class outside the plugin. */
    record PluginClass(String name, String superclass, Set<String> properties) {
        String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    private final Map<String, PluginClass> classes;
    final List<Problem> unreadable = new ArrayList<>();

    private PluginSources(Map<String, PluginClass> classes) {
        this.classes = classes;
    }

    static PluginSources read(Path javaRoot) throws IOException {
        JavaParser parser = new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        Map<String, PluginClassDraft> drafts = new HashMap<>();
        PluginSources sources = new PluginSources(new HashMap<>());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(javaRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            ParseResult<CompilationUnit> result = parser.parse(file);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                sources.unreadable.add(new Problem(file, 0, "JavaParser cannot read this source: "
                        + result.getProblems().stream().findFirst().map(Object::toString).orElse("unknown error")));
                continue;
            }
            CompilationUnit unit = result.getResult().get();
            for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                type.getFullyQualifiedName()
                        .ifPresent(name -> drafts.put(name, new PluginClassDraft(name, unit, type)));
            }
        }
        for (PluginClassDraft draft : drafts.values()) {
            sources.classes.put(draft.name, new PluginClass(draft.name, draft.resolveSuperclass(drafts.keySet()),
                    draft.properties()));
        }
        return sources;
    }

    Optional<PluginClass> find(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    /** Whether {@code name} would be a class of the plugin: it is inside the package all plugin classes share. */
    boolean claims(String name) {
        String root = rootPackage();
        return !root.isEmpty() && name.startsWith(root + ".");
    }

    /** The longest package all the plugin's classes are in, say io.jenkins.plugins.codearts.plugin. */
    private String rootPackage() {
        String root = null;
        for (String name : classes.keySet()) {
            String candidate = root == null ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : root;
            while (!candidate.isEmpty() && !name.startsWith(candidate + ".")) {
                candidate = candidate.substring(0, Math.max(0, candidate.lastIndexOf('.')));
            }
            root = candidate;
        }
        return root == null ? "" : root;
    }

    /** The class and its superclasses within the plugin, nearest first. */
    List<PluginClass> hierarchy(PluginClass start) {
        List<PluginClass> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PluginClass c = start; c != null && seen.add(c.name()); c = classes.get(c.superclass())) {
            chain.add(c);
            if (c.superclass() == null) {
                break;
            }
        }
        return chain;
    }

    private record PluginClassDraft(String name, CompilationUnit unit, ClassOrInterfaceDeclaration type) {

        /** Getters {@code getX()}/{@code isX()}, {@code @DataBoundSetter}s and constructor parameters. */
        Set<String> properties() {
            Set<String> properties = new LinkedHashSet<>();
            for (MethodDeclaration method : type.getMethods()) {
                String methodName = method.getNameAsString();
                if (method.getParameters().isEmpty() && !method.getType().isVoidType()) {
                    propertyOf(methodName, "get").or(() -> propertyOf(methodName, "is")).ifPresent(properties::add);
                }
                if (annotated(method, "DataBoundSetter") && method.getParameters().size() == 1) {
                    propertyOf(methodName, "set").ifPresent(properties::add);
                }
            }
            for (FieldDeclaration field : type.getFields()) {
                if (annotated(field, "DataBoundSetter")) {
                    field.getVariables().stream().map(VariableDeclarator::getNameAsString).forEach(properties::add);
                }
            }
            for (ConstructorDeclaration constructor : type.getConstructors()) {
                if (annotated(constructor, "DataBoundConstructor")) {
                    constructor.getParameters().stream().map(Parameter::getNameAsString).forEach(properties::add);
                }
            }
            return properties;
        }

        String resolveSuperclass(Set<String> known) {
            if (type.getExtendedTypes().isEmpty() || type.isInterface()) {
                return null;
            }
            String written = type.getExtendedTypes(0).getNameWithScope();
            String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
            String rest = written.substring(first.length());
            List<String> candidates = new ArrayList<>();
            // a nested class of this class or of an enclosing one
            for (String outer = name; outer.contains("."); outer = outer.substring(0, outer.lastIndexOf('.'))) {
                candidates.add(outer + "." + written);
            }
            for (ImportDeclaration imported : unit.getImports()) {
                String importName = imported.getNameAsString();
                if (!imported.isAsterisk() && !imported.isStatic() && importName.endsWith("." + first)) {
                    candidates.add(importName + rest);
                } else if (imported.isAsterisk() && !imported.isStatic()) {
                    candidates.add(importName + "." + written);
                }
            }
            unit.getPackageDeclaration().ifPresent(p -> candidates.add(p.getNameAsString() + "." + written));
            candidates.add(written);
            return candidates.stream().filter(known::contains).findFirst().orElse(null);
        }

        private static boolean annotated(NodeWithAnnotations<?> node, String simpleName) {
            return node.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals(simpleName));
        }

        private static Optional<String> propertyOf(String methodName, String prefix) {
            if (methodName.length() <= prefix.length() || !methodName.startsWith(prefix)
                    || !Character.isUpperCase(methodName.charAt(prefix.length()))) {
                return Optional.empty();
            }
            String rest = methodName.substring(prefix.length());
            // java.beans rule: getURL is property "URL", getUrl is "url"
            if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
                return Optional.of(rest);
            }
            return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
        }
    }
}
