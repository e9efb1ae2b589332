package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.internal.MultipartForm;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads stream their bytes and are sent unsigned (UNSIGNED-PAYLOAD), whatever their size. */
class UploadStreamingTest {

    /** More than the 12 MB the gateway accepts for a signed body: it only works because the payload is unsigned. */
    private static final long LARGE = 16L * 1024 * 1024;

    /** Generates bytes on demand and records the largest single read, so no test copy of the payload exists. */
    static final class GeneratedStream extends InputStream {
        private final long size;
        private long position;
        int largestRead;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) (position++ % 251);
            }
            largestRead = Math.max(largestRead, count);
            return count;
        }
    }

    @Test
    void largePackageStreamsInSmallReadsAndIsSentUnsigned() throws IOException, InterruptedException {
        try (MockWebServer server = new MockWebServer()) {
            server.setBodyLimit(1024); // keep only the start of the 16 MB body in the test's memory
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("true"));
            server.start();
            GeneratedStream stream = new GeneratedStream(LARGE);
            try (CodeArtsClient client = LoopbackServer.clientFor(server)) {
                boolean ok = client.pipeline().extensions().uploadBasicPlugin("domain-1", "big", "Normal",
                        UploadFile.of("big.zip", stream, -1, "application/zip"));
                assertThat(ok).isTrue();
            }
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.getBodySize()).isGreaterThan(LARGE);
            assertThat(request.getChunkSizes()).as("unknown length is sent chunked").isNotEmpty();
            assertThat(request.getHeader("X-Sdk-Content-Sha256")).isEqualTo("UNSIGNED-PAYLOAD");
            assertThat(request.getHeader("Authorization")).contains("Access=" + LoopbackServer.ACCESS_KEY);
            assertThat(stream.position).isEqualTo(LARGE);
            assertThat(stream.largestRead).as("read piecewise, never whole").isLessThanOrEqualTo(64 * 1024);
        }
    }

    @Test
    void streamIsOneShotAndSaysHowToAllowRetries() throws IOException {
        UploadFile file = UploadFile.of("a.zip", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, null);
        RequestBody body = MultipartForm.fileBody(file);
        assertThat(body.isOneShot()).isTrue();
        assertThat(body.contentLength()).isEqualTo(3);
        body.writeTo(new Buffer());
        assertThatThrownBy(() -> body.writeTo(new Buffer()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("a.zip")
                .hasMessageContaining("UploadFile.of(path)");
    }

    @Test
    void pathIsReopenedForEveryAttempt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("icon.png"), "icon-bytes");
        RequestBody body = MultipartForm.fileBody(UploadFile.of(file));
        assertThat(body.isOneShot()).isFalse();
        Buffer first = new Buffer();
        Buffer second = new Buffer();
        body.writeTo(first);
        body.writeTo(second);
        assertThat(first.readString(StandardCharsets.UTF_8)).isEqualTo("icon-bytes");
        assertThat(second.readString(StandardCharsets.UTF_8)).isEqualTo("icon-bytes");
        assertThat(body.contentType().toString()).isEqualTo("image/png");
    }
}
