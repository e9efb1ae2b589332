package io.jenkins.plugins.codearts.resourcecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker itself, on small plugins under src/test/resources/fixtures/NAME/{java,resources}: one that Jenkins
 * loads cleanly, and one per rule that breaks it in the ways Jenkins would fail on.
 */
class PluginResourceCheckerTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String PARENTHESES_HINT =
            "; keep parentheses out of ${%...}, e.g. ${%Timeout} (${%minutes}), or put the text in a .properties key";
    private static final String VANISHING_HINT = ", so the text vanishes from the page"
            + "; keep parentheses out of ${%...}, e.g. ${%Timeout} (${%minutes})";

    private static List<String> problemsOf(String fixture) throws Exception {
        Path root = FIXTURES.resolve(fixture);
        List<Problem> problems = new PluginResourceChecker(root.resolve("resources"), root.resolve("java")).check();
        return PluginResourceChecker.report(problems, root.resolve("resources")).lines().toList();
    }

    @Test
    void aPluginThatJenkinsLoadsCleanlyHasNoProblems() throws Exception {
        // nested class folders, included fragments, help in a superclass's folder, properties set through a field,
        // a constructor parameter or a setter, message arguments with placeholders, "%..." literals, ?: and ? :
        assertThat(problemsOf("good")).isEmpty();
    }

    @Test
    void aViewThatIsNotWellFormedXml() throws Exception {
        assertThat(problemsOf("bad-xml")).containsExactly(
                "demo/Widget/config.jelly:5: not well-formed XML: The element type \"f:textbox\" must be terminated"
                        + " by the matching end-tag \"</f:textbox>\".");
    }

    @Test
    void expressionsStaplerCannotParse() throws Exception {
        assertThat(problemsOf("unparsable")).containsExactly(
                "demo/Widget/index.jelly:3: ${%Runtime variables (NAME=value per line)}: Stapler cannot parse it"
                        + " (\"Unable to create expression: NAME=value per line\")" + PARENTHESES_HINT,
                "demo/Widget/index.jelly:4: ${%Account (domain) id}: Stapler cannot parse it"
                        + " (\"%Account (domain) id is missing ')' at the end\")" + PARENTHESES_HINT,
                "demo/Widget/index.jelly:7: ${it.name ==}: Stapler cannot parse it"
                        + " (\"Unable to create expression: it.name ==\")",
                "demo/Widget/index.jelly:9: ${it.name: Stapler cannot parse it"
                        + " (\"Missing '}' character at the end of expression: ${it.name\")",
                "demo/Widget/index.jelly:10: ${it.ready ? 'yes' : }: Stapler cannot parse it"
                        + " (\"Unable to create expression: it.ready ? 'yes' : \")");
    }

    @Test
    void messageArgumentsWithoutAPlaceholderVanish() throws Exception {
        assertThat(problemsOf("vanishing-argument")).containsExactly(
                "demo/Widget/index.jelly:3: ${%Timeout (minutes)}: Stapler reads (minutes) as message arguments,"
                        + " but key \"Timeout \" has no {0} placeholder" + VANISHING_HINT,
                "demo/Widget/index.jelly:4: ${%items(it.count)}: Stapler reads (it.count) as message arguments,"
                        + " but key \"items\" has no {0} placeholder" + VANISHING_HINT,
                "demo/Widget/index.jelly:5: ${%pair(it.first, it.second)}: Stapler reads (it.first, it.second)"
                        + " as message arguments, but key \"pair\" has no {1} placeholder" + VANISHING_HINT,
                "demo/Widget/index.jelly:7: ${%Unclosed}: the text of key \"Unclosed\" (\"\u672a {0\") is not a"
                        + " MessageFormat pattern: Unmatched braces in the pattern.",
                "demo/Widget/index.properties:4: key \"broken\" or its zh_CN translation is not a MessageFormat"
                        + " pattern: Unmatched braces in the pattern.");
    }

    @Test
    void formFieldsWithoutAPropertyInTheirClass() throws Exception {
        assertThat(problemsOf("unknown-field")).containsExactly(
                "demo/Ghost/credentials.jelly:3: no class demo.Ghost in the plugin's Java sources for this folder",
                "demo/Shared/config-extra.jelly:3: field \"zone\": Widget and its superclasses have no getZone()"
                        + "/isZone(), @DataBoundSetter or @DataBoundConstructor parameter \"zone\""
                        + " (as included by demo/Widget/config.jelly)",
                "demo/Widget/config.jelly:9: field \"colour\": Widget and its superclasses have no getColour()"
                        + "/isColour(), @DataBoundSetter or @DataBoundConstructor parameter \"colour\"",
                "demo/Widget/config.jelly:13: <st:include class=\"demo.Moved\"> names a class that is not in the"
                        + " plugin's Java sources",
                "demo/Widget/config.jelly:14: <st:include page=\"config-gone.jelly\"> names a page that does not"
                        + " exist: demo/Shared/config-gone.jelly");
    }

    @Test
    void keysWithoutAChineseTranslation() throws Exception {
        assertThat(problemsOf("untranslated")).containsExactly(
                "demo/Messages.properties:3: key \"Widget.started\" has no zh_CN translation in"
                        + " Messages_zh_CN.properties",
                "demo/Messages.properties:5: key \"Widget.empty\" has no zh_CN translation in"
                        + " Messages_zh_CN.properties",
                "demo/Messages.properties:6: key \"Widget.waiting\" takes 2 argument(s) but its zh_CN translation in"
                        + " Messages_zh_CN.properties shows 1",
                "demo/Messages.properties:7: key \"Widget.broken\" or its zh_CN translation is not a MessageFormat"
                        + " pattern: Unmatched braces in the pattern.",
                "demo/Widget/index.jelly:3: ${%Name}: key \"Name\" has no zh_CN translation in"
                        + " index_zh_CN.properties",
                "demo/Widget/index.jelly:5: ${%Fallback title}: key \"Fallback title\" has no zh_CN translation in"
                        + " index_zh_CN.properties",
                "demo/Widget/index.properties:1: key \"items\" has no zh_CN translation in index_zh_CN.properties");
    }

    @Test
    void viewsThatDoNotEscapeOrRunInlineCode() throws Exception {
        String csp = ": Jenkins' Content Security Policy blocks inline script and style;"
                + " use an adjunct or a .js/.css file";
        assertThat(problemsOf("unsafe-html")).containsExactly(
                "demo/Widget/index.jelly:1: does not start with <?jelly escape-by-default='true'?>, so ${...} output"
                        + " is not HTML-escaped",
                "demo/Widget/index.jelly:4: inline <script>" + csp,
                "demo/Widget/index.jelly:5: inline <style>" + csp,
                "demo/Widget/index.jelly:6: onclick=\"...\"" + csp,
                "demo/Widget/index.jelly:6: style=\"...\"" + csp);
    }

    @Test
    void formFieldsWithoutHelp() throws Exception {
        assertThat(problemsOf("missing-help")).containsExactly(
                "demo/Widget/config.jelly:9: field \"timeout\": no help-timeout.html in demo/Widget or its"
                        + " superclasses' folders",
                "demo/WidgetBase/config-zone.jelly:3: field \"zone\": no help-zone.html in demo/Widget or its"
                        + " superclasses' folders (as included by demo/Widget/config.jelly)");
    }
}
