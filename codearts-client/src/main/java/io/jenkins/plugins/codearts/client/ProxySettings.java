package io.jenkins.plugins.codearts.client;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A parsed proxy URL: {@code http://host:port}, {@code http://user:password@host:port} or
 * {@code socks5://host:port}. The password never appears in messages or {@link #toString()}.
 */
public final class ProxySettings {

    private final Proxy.Type type;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private ProxySettings(Proxy.Type type, String host, int port, String user, String password) {
        this.type = type;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /**
     * @throws CodeArtsInvalidArgumentException naming the problem, with any password removed from the echoed URL
     */
    public static ProxySettings parse(String url) {
        String shown = redact(url);
        String example = "; expected e.g. http://proxy.example:3128 or http://user:password@proxy.example:3128";
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new CodeArtsInvalidArgumentException("proxy", shown, "is not a valid URL" + example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy.Type type = switch (scheme) {
            case "http", "https" -> Proxy.Type.HTTP;
            case "socks", "socks5" -> Proxy.Type.SOCKS;
            default -> throw new CodeArtsInvalidArgumentException("proxy", shown,
                    (scheme.isEmpty() ? "has no scheme" : "has the unsupported scheme '" + scheme + "'") + example);
        };
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new CodeArtsInvalidArgumentException("proxy", shown, "has no host name" + example);
        }
        int port = uri.getPort();
        if (port == -1) {
            throw new CodeArtsInvalidArgumentException("proxy", shown, "has no port" + example);
        }
        if (port < 1 || port > 65535) {
            throw new CodeArtsInvalidArgumentException("proxy", shown, "has a port outside 1..65535" + example);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new CodeArtsInvalidArgumentException("proxy", shown, "must not have a path" + example);
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        return new ProxySettings(type, uri.getHost(), port, user, password);
    }

    /** The URL with any {@code user:password@} replaced by {@code ****@}, safe to show. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("(?<=://)[^/@]*@", "****@");
    }

    public Proxy toProxy() {
        return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Proxy.Type type() {
        return type;
    }

    /** The proxy user, or null when the URL had none. */
    public String user() {
        return user;
    }

    /** The proxy password; used only for the Proxy-Authorization header. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "ProxySettings[" + type + " " + host + ":" + port + (user != null ? ", user=" + user + ", password=****" : "")
                + "]";
    }
}
