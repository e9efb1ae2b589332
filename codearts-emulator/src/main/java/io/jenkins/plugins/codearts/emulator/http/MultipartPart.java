package io.jenkins.plugins.codearts.emulator.http;

import java.nio.charset.StandardCharsets;

/** One part of a multipart/form-data body: a form field ({@code filename == null}) or an uploaded file. */
public record MultipartPart(String name, String filename, String contentType, byte[] content) {

    public boolean isFile() {
        return filename != null;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MultipartPart[name=" + name + ", filename=" + filename + ", contentType=" + contentType
                + ", bytes=" + content.length + "]";
    }
}
