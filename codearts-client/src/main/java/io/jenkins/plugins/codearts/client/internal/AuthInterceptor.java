package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.CloudService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds authentication as the last application interceptor, so that every retry is signed afresh (new
 * {@code X-Sdk-Date}) and headers added by the caller's own interceptors are covered by the signature.
 */
final class AuthInterceptor implements Interceptor {

    static final String HEADER_PROJECT_ID = "X-Project-Id";
    static final String HEADER_SECURITY_TOKEN = "X-Security-Token";
    static final String HEADER_AUTH_TOKEN = "X-Auth-Token";

    private final CodeArtsConfig config;

    AuthInterceptor(CodeArtsConfig config) {
        this.config = config;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext context = request.tag(CallContext.class);
        if (context == null || context.auth == CallContext.Auth.NONE) {
            return chain.proceed(request);
        }
        if (config.credentials() instanceof AkSkCredentials credentials) {
            return chain.proceed(sign(request, context, credentials));
        }
        if (config.credentials() instanceof PasswordCredentials && context.tokenUsed != null) {
            // The transport fetched the token before the call, outside OkHttp's interceptor chain.
            return chain.proceed(request.newBuilder().header(HEADER_AUTH_TOKEN, context.tokenUsed.value()).build());
        }
        return chain.proceed(request);
    }

    private Request sign(Request request, CallContext context, AkSkCredentials credentials) {
        Request.Builder builder = request.newBuilder()
                .header(AkSkSigner.HEADER_SDK_DATE, AkSkSigner.sdkDate(config.clock().instant()));
        CloudService service = context.operation.service();
        if (config.iamProjectId() != null && service != CloudService.IAM && request.header(HEADER_PROJECT_ID) == null) {
            builder.header(HEADER_PROJECT_ID, config.iamProjectId());
        }
        if (credentials.securityToken() != null) {
            builder.header(HEADER_SECURITY_TOKEN, credentials.securityToken());
        }
        String payloadHash;
        if (context.unsignedPayload) {
            builder.header(AkSkSigner.HEADER_CONTENT_SHA256, AkSkSigner.UNSIGNED_PAYLOAD);
            payloadHash = AkSkSigner.UNSIGNED_PAYLOAD;
        } else {
            payloadHash = AkSkSigner.sha256Hex(context.signedBody == null ? new byte[0] : context.signedBody);
        }
        Request unsigned = builder.build();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 0; i < unsigned.headers().size(); i++) {
            headers.add(Map.entry(unsigned.headers().name(i), unsigned.headers().value(i)));
        }
        String authorization = AkSkSigner.authorization(unsigned.method(), unsigned.url(), headers, payloadHash,
                credentials.accessKey(), credentials.secretKey());
        return unsigned.newBuilder().header("Authorization", authorization).build();
    }
}
