package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogLineAssemblerTest {

    private final LogLineAssembler assembler = new LogLineAssembler(16);

    @Test
    void completesAPartialLastLineWithTheNextChunk() {
        LogLineAssembler.Assembled first = assembler.accept("", "alpha\nbet");
        assertThat(first.lines()).containsExactly("alpha");
        assertThat(first.pending()).isEqualTo("bet");

        LogLineAssembler.Assembled second = assembler.accept(first.pending(), "a\ngamma\n");
        assertThat(second.lines()).containsExactly("beta", "gamma");
        assertThat(second.pending()).isEmpty();
    }

    @Test
    void splitsVeryLongLinesIntoPiecesWithoutLosingAnything() {
        String longLine = "0123456789abcdefghijklmnopqrstuvwxyz"; // 36 chars, limit 16
        LogLineAssembler.Assembled result = assembler.accept("", longLine + "\nshort\n");
        assertThat(result.lines()).containsExactly("0123456789abcdef", "ghijklmnopqrstuv", "wxyz", "short");
        assertThat(String.join("", result.lines().subList(0, 3))).isEqualTo(longLine);
    }

    @Test
    void aHugePartialLineIsEmittedInPiecesAndOnlyTheRestWaits() {
        LogLineAssembler.Assembled result = assembler.accept("", "x".repeat(40));
        assertThat(result.lines()).containsExactly("x".repeat(16), "x".repeat(16));
        assertThat(result.pending()).isEqualTo("x".repeat(8));
    }

    @Test
    void removesCarriageReturnsAndKeepsEmptyLines() {
        LogLineAssembler.Assembled result = assembler.accept("", "a\r\n\r\n\nb\r\n");
        assertThat(result.lines()).containsExactly("a", "", "", "b");
    }

    @Test
    void flushEmitsTheUnfinishedLastLine() {
        assertThat(assembler.flush("tail")).containsExactly("tail");
        assertThat(assembler.flush("")).isEmpty();
    }

    @Test
    void neverCutsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        String line = "x".repeat(15) + emoji + "y";
        List<String> lines = assembler.accept("", line + "\n").lines();
        assertThat(lines).containsExactly("x".repeat(15), emoji + "y");
    }

    @Test
    void anyChunkingYieldsTheSameLines() {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            int length = random.nextInt(5) == 0 ? random.nextInt(100) : random.nextInt(12);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append('\n');
        }
        List<String> whole = assembler.accept("", text.toString()).lines();
        assertThat(String.join("", whole)).isEqualTo(text.toString().replace("\n", ""));
        assertThat(whole).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(16));
        for (int round = 0; round < 50; round++) {
            List<String> lines = new ArrayList<>();
            String pending = "";
            int from = 0;
            while (from < text.length()) {
                int to = Math.min(text.length(), from + 1 + random.nextInt(40));
                LogLineAssembler.Assembled part = assembler.accept(pending, text.substring(from, to));
                lines.addAll(part.lines());
                pending = part.pending();
                from = to;
            }
            lines.addAll(assembler.flush(pending));
            // Pieces of long lines always start at multiples of the limit, so chunking changes nothing at all.
            assertThat(lines).isEqualTo(whole);
        }
    }

    @Test
    void countsUtf8BytesLikeTheEncoder() {
        for (String text : List.of("", "ascii", "ünï", "构建成功", "\uD83D\uDE00 emoji", "lone \uD800 surrogate")) {
            assertThat(RunFollower.utf8Length(text)).as(text)
                    .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void rejectsAUselessLimit() {
        assertThatThrownBy(() -> new LogLineAssembler(3)).hasMessageContaining("maxLineChars is 3");
    }
}
