package io.jenkins.plugins.codearts.emulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The indexed step log against the paging rules of docs/emulator.md, written out here the slow way (scan the whole
 * text for '\n'), on random logs with multi-line lines, empty lines and offsets anywhere, including beyond the end.
 */
class StepLogTest {

    /** The documented paging over a whole text, character by character: the behaviour the index must keep. */
    private static StepLog.Page reference(String text, long startOffset, long endOffset, int limit, boolean ascending) {
        int length = text.length();
        if (ascending) {
            int start = (int) Math.min(Math.max(0, startOffset), length);
            int bound = endOffset > start ? (int) Math.min(endOffset, length) : length;
            int end = start;
            int lines = 0;
            while (end < bound && lines < limit) {
                int newline = text.indexOf('\n', end);
                end = newline < 0 || newline >= bound ? bound : newline + 1;
                lines++;
            }
            return new StepLog.Page(start, end, end < length, text.substring(start, end));
        }
        int end = endOffset > 0 ? (int) Math.min(endOffset, length) : length;
        int floor = (int) Math.min(Math.max(0, startOffset), end);
        int start = end;
        int lines = 0;
        while (start > floor && lines < limit) {
            int previous = text.lastIndexOf('\n', start - 2);
            start = Math.max(previous + 1, floor);
            lines++;
        }
        return new StepLog.Page(start, end, start > floor, text.substring(start, end));
    }

    @Test
    void pagesMatchTheDocumentedRulesForAnyOffsetsLimitAndDirection() {
        Random random = new Random(20261122);
        for (int round = 0; round < 200; round++) {
            StepLog log = new StepLog();
            List<String> lines = new ArrayList<>();
            int lineCount = random.nextInt(40);
            for (int i = 0; i < lineCount; i++) {
                String line = randomLine(random);
                lines.add(line);
                log.schedule(new LogLine(i, line)); // line i appears at time i
            }
            for (long now = -1; now <= lineCount; now += 1 + random.nextInt(4)) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < lineCount && i <= now; i++) {
                    text.append(lines.get(i)).append('\n');
                }
                for (int probe = 0; probe < 30; probe++) {
                    long start = randomOffset(random, text.length() + 10);
                    long end = randomOffset(random, text.length() + 10);
                    int limit = 1 + random.nextInt(random.nextBoolean() ? 3 : 50);
                    boolean ascending = random.nextBoolean();
                    StepLog.Page page = log.page(now, UnaryOperator.identity(), start, end, limit, ascending);
                    assertThat(page).as("now=%d start=%d end=%d limit=%d asc=%s", now, start, end, limit, ascending)
                            .isEqualTo(reference(text.toString(), start, end, limit, ascending));
                }
            }
        }
    }

    @Test
    void forwardPagesConcatenateToTheWholeLogAndBackwardPagesToo() {
        StepLog log = new StepLog();
        StringBuilder expected = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String line = randomLine(random);
            log.schedule(new LogLine(0, line));
            expected.append(line).append('\n');
        }
        String whole = expected.toString();

        StringBuilder forward = new StringBuilder();
        long offset = 0;
        StepLog.Page page;
        do {
            page = log.page(0, UnaryOperator.identity(), offset, 0, 7, true);
            forward.append(page.text());
            offset = page.end();
        } while (page.hasMore());
        assertThat(forward.toString()).isEqualTo(whole);

        StringBuilder backward = new StringBuilder();
        long end = 0;
        do {
            page = log.page(0, UnaryOperator.identity(), 0, end, 7, false);
            backward.insert(0, page.text());
            end = page.start();
        } while (page.hasMore());
        assertThat(backward.toString()).isEqualTo(whole);
    }

    @Test
    void linesAppearWhenTheClockReachesThemAndAreRenderedOnce() {
        StepLog log = new StepLog();
        log.schedule(new LogLine(10, "a ${V}"));
        log.schedule(new LogLine(20, "b ${V}"));
        Map<String, String> first = Map.of("V", "1\n2");
        UnaryOperator<String> render = text -> StepLogText.substitute(text, first);

        assertThat(log.page(9, render, 0, 0, 10, true)).isEqualTo(new StepLog.Page(0, 0, false, ""));
        assertThat(log.page(10, render, 0, 0, 10, true).text()).isEqualTo("a 1\n2\n");
        // The value's own '\n' counts as a line end, as for any text.
        assertThat(log.page(10, render, 0, 0, 1, true)).isEqualTo(new StepLog.Page(0, 4, true, "a 1\n"));
        assertThat(log.page(25, render, 0, 0, 10, false).text()).isEqualTo("a 1\n2\nb 1\n2\n");

        log.dropAfter(25);
        log.schedule(new LogLine(30, "c"));
        log.clear();
        assertThat(log.page(40, render, 0, 0, 10, true).text()).isEmpty();
        log.schedule(new LogLine(50, "again"));
        log.schedule(new LogLine(60, "canceled before it was printed"));
        log.dropAfter(55);
        assertThat(log.page(70, render, 0, 0, 10, true).text()).isEqualTo("again\n");
    }

    @Test
    void substituteReplacesKnownVariablesLiterallyAndLeavesTheRest() {
        Map<String, String> variables = Map.of("A", "x$1\\y", "B.c-d_9", "multi\nline", "EMPTY", "");
        assertThat(StepLogText.substitute("plain", variables)).isEqualTo("plain");
        assertThat(StepLogText.substitute("${A}${B.c-d_9}|${EMPTY}|", variables)).isEqualTo("x$1\\ymulti\nline||");
        assertThat(StepLogText.substitute("${UNKNOWN} ${A", variables)).isEqualTo("${UNKNOWN} ${A");
        assertThat(StepLogText.substitute("${} $${A}} ${${A}}", variables)).isEqualTo("${} $x$1\\y} ${x$1\\y}");
        assertThat(StepLogText.substitute("${A B}", variables)).isEqualTo("${A B}");
    }

    private static long randomOffset(Random random, int max) {
        switch (random.nextInt(5)) {
            case 0:
                return 0;
            case 1:
                return Long.MAX_VALUE;
            default:
                return random.nextInt(max);
        }
    }

    private static String randomLine(Random random) {
        StringBuilder line = new StringBuilder();
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(120);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(30);
            line.append(pick == 0 ? '\n' : pick == 1 ? 'ü' : (char) ('a' + pick % 26));
        }
        return line.toString();
    }
}
