package io.jenkins.plugins.codearts.emulator.crud;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A parsed multipart/form-data body: text fields and uploaded files, held in memory. */
public final class Multipart {

    /** One uploaded file part. */
    public record FilePart(String fileName, String contentType, byte[] content) {
    }

    private final Map<String, String> fields;
    private final Map<String, FilePart> files;
    private final ErrorStyle style;

    private Multipart(Map<String, String> fields, Map<String, FilePart> files, ErrorStyle style) {
        this.fields = fields;
        this.files = files;
        this.style = style;
    }

    static Multipart parse(String contentType, byte[] body, ErrorStyle style) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw style.invalid("Content-Type is '" + contentType + "' but this endpoint takes an upload: send "
                    + "multipart/form-data with a boundary");
        }
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/", Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        request.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        HttpPostRequestDecoder decoder = null;
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, FilePart> files = new LinkedHashMap<>();
        try {
            decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request);
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof FileUpload upload) {
                    files.put(upload.getName(), new FilePart(upload.getFilename(), upload.getContentType(), upload.get()));
                } else if (data instanceof Attribute attribute) {
                    fields.put(attribute.getName(), attribute.getValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw style.invalid("multipart body cannot be read (" + e.getMessage() + "); send multipart/form-data "
                    + "with the boundary named in Content-Type");
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            request.release();
        }
        return new Multipart(fields, files, style);
    }

    public FilePart requireFile(String name) {
        FilePart part = files.get(name);
        if (part == null) {
            throw style.invalid("form field '" + name + "' is mandatory: send the file as a multipart part named '" + name
                    + "' (parts received: " + files.keySet() + ")");
        }
        return part;
    }

    /** Text fields as validating fields, so the same type checks apply as for JSON bodies. */
    public Fields fields() {
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.object();
        fields.forEach(node::put);
        return Fields.form(node, style);
    }
}
