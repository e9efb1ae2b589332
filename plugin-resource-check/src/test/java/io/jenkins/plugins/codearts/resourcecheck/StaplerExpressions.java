package io.jenkins.plugins.codearts.resourcecheck;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jelly.JellyException;
import org.apache.commons.jelly.expression.CompositeExpression;
import org.apache.commons.jelly.expression.Expression;
import org.apache.commons.jelly.expression.ExpressionFactory;
import org.kohsuke.stapler.jelly.InternationalizedStringExpression;
import org.kohsuke.stapler.jelly.JellyClassLoaderTearOff;
import org.kohsuke.stapler.jelly.ResourceBundle;

/**
 * Parses attribute values and text of a Jelly view with the code Jenkins uses when it loads the view: Jelly's
 * {@link CompositeExpression#parse} splits out each {@code ${...}}; {@code %...} becomes Stapler's
 * {@link InternationalizedStringExpression}, anything else goes to Stapler's expression factory, set to
 * {@link JenkinsJexl} as Jenkins sets it.
 *
 * <p>Stapler's own dispatcher ({@code CustomJellyContext.CustomXMLParser.createExpression}) cannot be called here: it
 * is private and linked against Jenkins' fork of commons-jelly, which is not on Maven Central. Its three-way choice
 * is restated in {@link #createExpression}; every parse below it is Stapler's and Jelly's code.
 */
final class StaplerExpressions {

    /** Stapler's {@code CustomJellyContext.RESOURCE_LITERAL_STRING}: a {@code "%..."} string inside an expression. */
    private static final Pattern RESOURCE_LITERAL = Pattern.compile("(\"%[^\"]+\")|('%[^']+')");

    /** A {@code ${%key(args)}} found in a view, or a {@code "%key"} literal inside a JEXL expression. */
    record Message(String expressionText, String key, List<String> arguments) {
    }

    /** An expression Jenkins cannot load; {@code expressionText} is null when the {@code ${...}} is not closed. */
    static final class UnparsableExpression extends Exception {
        private static final long serialVersionUID = 1L;
        final String expressionText;

        UnparsableExpression(String expressionText, JellyException cause) {
            super(cause.getReason(), cause);
            this.expressionText = expressionText;
        }
    }

    private static final ExpressionFactory JEXL = installJenkinsJexl();

    private final ResourceBundle bundle;

    /** @param bundle the view's bundle, {@code new ResourceBundle(<view URL without .jelly>)} */
    StaplerExpressions(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Parses one attribute value or text block.
     *
     * @return the messages it refers to
     * @throws UnparsableExpression with Stapler's and Jelly's own message when Jenkins could not load the view
     */
    List<Message> parse(String text) throws UnparsableExpression {
        List<Message> messages = new ArrayList<>();
        String[] current = new String[1];
        ExpressionFactory recording = expressionText -> {
            current[0] = expressionText;
            Expression parsed = createExpression(expressionText, messages);
            current[0] = null;
            return parsed;
        };
        try {
            CompositeExpression.parse(text, recording);
        } catch (JellyException e) {
            throw new UnparsableExpression(current[0], e);
        }
        return messages;
    }

    private Expression createExpression(String text, List<Message> messages) throws JellyException {
        if (text.startsWith("%")) {
            return message(text, messages);
        }
        Matcher literal = RESOURCE_LITERAL.matcher(text);
        if (!literal.find()) {
            return JEXL.createExpression(text);
        }
        // as Stapler does: each "%..." literal becomes a message, the rest a JEXL expression referring to it
        StringBuilder rest = new StringBuilder();
        int end = 0;
        do {
            rest.append(text, end, literal.start());
            String quoted = literal.group();
            message(quoted.substring(1, quoted.length() - 1), messages);
            rest.append("__resourceLiteral__").append(messages.size()).append("__.evaluate(context)");
            end = literal.end();
        } while (literal.find());
        rest.append(text.substring(end));
        return JEXL.createExpression(rest.toString());
    }

    private Expression message(String text, List<Message> messages) throws JellyException {
        InternationalizedStringExpression parsed = new InternationalizedStringExpression(bundle, text);
        List<String> arguments = parsed.getArguments().stream().map(Expression::getExpressionText).toList();
        messages.add(new Message(text, parsed.key, arguments));
        return parsed;
    }

    /**
     * Makes Stapler parse {@code ${...}} and message arguments with Jenkins' JEXL, as Jenkins does at startup
     * ({@code Stapler.setExpressionFactory}, which sets this field; calling it would need the servlet API).
     */
    private static ExpressionFactory installJenkinsJexl() {
        ExpressionFactory jenkinsJexl = new JenkinsJexl();
        try {
            Field factory = JellyClassLoaderTearOff.class.getDeclaredField("EXPRESSION_FACTORY");
            factory.setAccessible(true);
            factory.set(null, jenkinsJexl);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Stapler's expression factory moved; update StaplerExpressions", e);
        }
        return jenkinsJexl;
    }
}
