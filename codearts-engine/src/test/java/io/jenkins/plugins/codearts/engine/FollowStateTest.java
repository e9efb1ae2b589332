package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import io.jenkins.plugins.codearts.engine.FollowState.StepCursor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowStateTest {

    static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return in.readObject();
        }
    }

    /** A state as it looks mid-run in a 24-step pipeline with 32-character ids. */
    private static FollowState midRun() {
        FollowState state = FollowState.initial(RunRef.of("a".repeat(32), "b".repeat(32), "c".repeat(32)), 0)
                .withRunInfo(12, "https://devcloud.cn-north-4.huaweicloud.com/cicd/project/x/pipeline/detail/y/z?v=1")
                .withPhase(Phase.RUNNING);
        Map<String, String> reported = new HashMap<>();
        for (int i = 0; i < 24; i++) {
            String stepId = String.format("%032d", i);
            boolean done = i < 20;
            state = state.withCursor(stepId, done ? new StepCursor(null, "", true)
                    : new StepCursor(String.valueOf(1000 * i), "partial line " + i, false), 120);
            reported.put("step:" + stepId, done ? "COMPLETED" : "RUNNING");
        }
        return state.withReported(reported);
    }

    @Test
    void roundTripsThroughJavaSerializationUnchanged() throws Exception {
        FollowState state = midRun();
        FollowState copy = (FollowState) deserialize(serialize(state));
        assertThat(copy).isEqualTo(state);
        assertThat(copy.cursor(String.format("%032d", 22)).pending()).isEqualTo("partial line 22");
        assertThat(copy.logBytes()).isEqualTo(24 * 120);
        assertThat(copy.phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void staysSmall() throws Exception {
        assertThat(serialize(midRun()).length).isLessThan(8 * 1024);
    }

    @Test
    void isAnImmutableSnapshot() {
        FollowState before = midRun();
        FollowState after = before.withCursor("new", new StepCursor("5", "", false), 10);
        assertThat(before.cursors()).doesNotContainKey("new");
        assertThat(after.cursors()).containsKey("new");
        assertThat(after.logBytes()).isEqualTo(before.logBytes() + 10);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> after.cursors().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
