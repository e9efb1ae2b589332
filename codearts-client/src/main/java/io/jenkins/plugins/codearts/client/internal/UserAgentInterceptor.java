package io.jenkins.plugins.codearts.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets {@code User-Agent: huaweicloud-codearts/<version>}; runs after signing, so it is not a signed header. */
final class UserAgentInterceptor implements Interceptor {

    static final String USER_AGENT = "huaweicloud-codearts/" + version();

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
    }

    /** The Maven project version, written into a filtered resource at build time. */
    static String version() {
        try (InputStream in = UserAgentInterceptor.class.getResourceAsStream(
                "/io/jenkins/plugins/codearts/client/codearts-client.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
