package io.jenkins.plugins.codearts.resourcecheck;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.JellyException;
import org.apache.commons.jelly.expression.Expression;
import org.apache.commons.jelly.expression.ExpressionFactory;
import org.apache.commons.jelly.expression.ExpressionSupport;
import org.apache.commons.jelly.expression.jexl.JexlExpressionFactory;

/**
 * The expression language of Jenkins' views: JEXL 1.1 as patched by Jenkins ({@code org.jenkins-ci:commons-jexl
 * 1.1-jenkins-20111212}, not on Maven Central). The patch adds one grammar rule to stock JEXL 1.1
 * ({@code ElvisExpression} in jenkinsci/jexl {@code Parser.jjt}): an expression may end in {@code ?: else} or
 * {@code ? then : else}. Everything else, and every operand of those operators, is parsed by stock JEXL 1.1 through
 * commons-jelly's {@link JexlExpressionFactory}. Jenkins installs {@code hudson.ExpressionFactory2} instead, which also
 * calls JEXL's {@code ExpressionFactory.createExpression(text)} and fails with the same
 * "Unable to create expression: text".
 */
final class JenkinsJexl implements ExpressionFactory {

    /** Stands in for a checked conditional inside parentheses or brackets, so stock JEXL can parse the rest. */
    private static final String CHECKED = "checkedConditional";

    private final JexlExpressionFactory jexl = new JexlExpressionFactory();

    @Override
    public Expression createExpression(String text) throws JellyException {
        try {
            return jexl.createExpression(text);
        } catch (JellyException stockJexlError) {
            if (text.indexOf('?') < 0) {
                throw stockJexlError;
            }
            try {
                checkConditional(text);
            } catch (JellyException conditionalError) {
                // Jenkins names the whole expression too
                throw stockJexlError;
            }
            return new CheckedOnly(text);
        }
    }

    private void checkConditional(String text) throws JellyException {
        String reduced = reduceInnerConditionals(text);
        Conditional conditional = Conditional.split(reduced);
        if (conditional == null) {
            jexl.createExpression(reduced);
            return;
        }
        jexl.createExpression(conditional.condition);
        for (String branch : conditional.branches) {
            createExpression(branch);
        }
    }

    /**
     * Checks each conditional written inside {@code (...)} or {@code [...]} (a parenthesized expression, a method
     * argument, an array element) and replaces it by a plain name.
     */
    private String reduceInnerConditionals(String text) throws JellyException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                int end = close < 0 ? text.length() : close + 1;
                out.append(text, i, end);
                i = end;
            } else if (c == '(' || c == '[') {
                int close = Conditional.closing(text, i);
                if (close < 0) {
                    out.append(text.substring(i));
                    break;
                }
                out.append(c);
                String separator = "";
                for (String part : Conditional.outermostParts(text.substring(i + 1, close))) {
                    out.append(separator);
                    separator = ",";
                    if (Conditional.outermost(part, 0, '?') >= 0) {
                        createExpression(part);
                        out.append(CHECKED);
                    } else {
                        out.append(reduceInnerConditionals(part));
                    }
                }
                out.append(text.charAt(close));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code condition ?: else} or {@code condition ? then : else}, split at the outermost operator. */
    private record Conditional(String condition, String... branches) {

        static Conditional split(String text) {
            int question = outermost(text, 0, '?');
            if (question < 0) {
                return null;
            }
            String condition = text.substring(0, question);
            if (question + 1 < text.length() && text.charAt(question + 1) == ':') {
                return new Conditional(condition, text.substring(question + 2));
            }
            int colon = matchingColon(text, question + 1);
            if (colon < 0) {
                return null;
            }
            return new Conditional(condition, text.substring(question + 1, colon), text.substring(colon + 1));
        }

        /** The first {@code wanted} at nesting depth 0 and outside string literals, or -1. */
        static int outermost(String text, int from, char wanted) {
            int depth = 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    i = close;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == wanted && depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the bracket closing the one at {@code open}, or -1. */
        static int closing(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    i = close;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** {@code text} split at its outermost commas. */
        static List<String> outermostParts(String text) {
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int comma = outermost(text, 0, ','); comma >= 0; comma = outermost(text, start, ',')) {
                parts.add(text.substring(start, comma));
                start = comma + 1;
            }
            parts.add(text.substring(start));
            return parts;
        }

        /** The {@code :} closing the {@code ?} before {@code from}, skipping nested {@code a ? b : c} in between. */
        private static int matchingColon(String text, int from) {
            int open = 1;
            for (int i = from; i < text.length(); i++) {
                int question = outermost(text, i, '?');
                int colon = outermost(text, i, ':');
                if (colon < 0) {
                    return -1;
                }
                if (question >= 0 && question < colon) {
                    boolean elvis = question + 1 == colon;
                    open += elvis ? 0 : 1;
                    i = elvis ? colon : question;
                } else if (--open == 0) {
                    return colon;
                } else {
                    i = colon;
                }
            }
            return -1;
        }
    }

    /** Stands for a checked conditional expression; the check never evaluates views. */
    private static final class CheckedOnly extends ExpressionSupport {
        private final String text;

        CheckedOnly(String text) {
            this.text = text;
        }

        @Override
        public String getExpressionText() {
            return text;
        }

        @Override
        public Object evaluate(JellyContext context) {
            throw new UnsupportedOperationException("the resource check parses views, it does not run them");
        }
    }
}
