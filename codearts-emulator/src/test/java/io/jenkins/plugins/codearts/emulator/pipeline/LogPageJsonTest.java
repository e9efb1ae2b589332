package io.jenkins.plugins.codearts.emulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written logs answer is byte for byte what Jackson writes for the same values. */
class LogPageJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private byte[] jackson(RunSimulator.LogPage page, String stepRunId) throws Exception {
        ObjectNode node = mapper.createObjectNode();
        node.put("has_more", page.hasMore());
        node.put("end_offset", String.valueOf(page.endOffset()));
        node.put("start_offset", String.valueOf(page.startOffset()));
        node.put("log", page.log());
        node.put("location", "emulator");
        node.put("step_run_id", stepRunId);
        return mapper.writeValueAsBytes(node);
    }

    @Test
    void sameBytesAsJacksonForAsciiControlCharactersQuotesUnicodeAndSurrogatePairs() throws Exception {
        Random random = new Random(42);
        String alphabet = "ab \n\t\r\b\f\u0000\u001f\u007f\"\\/é€中😀";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 1990 ? 60 : 200_000);
            while (text.length() < length) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at));
                }
            }
            RunSimulator.LogPage page = new RunSimulator.LogPage(random.nextInt(1000), random.nextInt(1000),
                    random.nextBoolean(), text.toString());
            String stepRunId = round % 2 == 0 ? "0123abcd" : "id \"with\" quotes\n";
            assertThat(LogPageJson.write(page, "emulator", stepRunId)).isEqualTo(jackson(page, stepRunId));
        }
    }

    @Test
    void asciiTextTakesTheByteFastPathWithTheSameBytes() throws Exception {
        Random random = new Random(7);
        String alphabet = "ab ?\n\t\r\u0001\u007f\"\\/";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 1990 ? 60 : 200_000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            RunSimulator.LogPage page = new RunSimulator.LogPage(0, length, false, text.toString());
            assertThat(LogPageJson.write(page, "emulator", "s")).isEqualTo(jackson(page, "s"));
        }
    }

    @Test
    void aLoneSurrogateIsEscapedSoTheAnswerStaysValidJson() throws Exception {
        // '?' next to lone surrogates: in ASCII-only text a lone surrogate encodes to '?' too.
        for (String text : new String[] {"a\ud800b\udc00c\n", "?\ud800?\n", "x\udfff", "\ud800\u00e9"}) {
            JsonNode parsed = mapper.readTree(LogPageJson.write(new RunSimulator.LogPage(0, 5, false, text), "emulator", "s"));
            assertThat(parsed.get("log").asText()).isEqualTo(text);
        }
        String text = "a\ud800b\udc00c\n";
        JsonNode parsed = mapper.readTree(LogPageJson.write(new RunSimulator.LogPage(0, 5, false, text), "emulator", "s"));
        assertThat(parsed.get("log").asText()).isEqualTo(text);
        assertThat(parsed.get("end_offset").isTextual()).isTrue();
        assertThat(parsed.get("has_more").booleanValue()).isFalse();
    }
}
