package io.jenkins.plugins.codearts.emulator.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codearts.emulator.fault.FaultKind;
import io.jenkins.plugins.codearts.emulator.fault.FaultRule;
import io.jenkins.plugins.codearts.emulator.fault.Faults;
import io.jenkins.plugins.codearts.emulator.http.Authenticator;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.http.Service;
import io.jenkins.plugins.codearts.emulator.http.ValidationException;
import io.jenkins.plugins.codearts.emulator.iam.IamRoutes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Routes each request: match, authenticate, inject faults, run the handler, write the answer. */
@ChannelHandler.Sharable
final class DispatchHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final System.Logger LOG = System.getLogger(DispatchHandler.class.getName());

    private final Router router;
    private final ObjectMapper mapper;
    private final Authenticator authenticator;
    private final Faults faults;

    DispatchHandler(Router router, ObjectMapper mapper, Authenticator authenticator, Faults faults) {
        this.router = router;
        this.mapper = mapper;
        this.authenticator = authenticator;
        this.faults = faults;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest nettyRequest) {
        boolean keepAlive = HttpUtil.isKeepAlive(nettyRequest);
        String requestId = UUID.randomUUID().toString().replace("-", "");
        if (!nettyRequest.decoderResult().isSuccess()) {
            write(ctx, EmulatorResponse.error(400, "APIGW.0201", "Request error: malformed HTTP request"), requestId, false);
            return;
        }
        String uri = nettyRequest.uri();
        QueryStringDecoder decoder = new QueryStringDecoder(uri);
        String rawPath = decoder.rawPath();
        String method = nettyRequest.method().name();
        Router.Match match = router.match(method, rawPath);
        if (match == null) {
            String message = router.allowedMethods(rawPath).isEmpty()
                    ? "The API does not exist or has not been published in the environment: " + method + " " + rawPath
                    : "The API does not exist for method " + method + " (allowed: " + router.allowedMethods(rawPath) + ")";
            write(ctx, EmulatorResponse.error(404, "APIGW.0101", message), requestId, keepAlive);
            return;
        }
        Router.Route route = match.route();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : nettyRequest.headers()) {
            headers.computeIfAbsent(header.getKey(), k -> new ArrayList<>()).add(header.getValue());
        }
        byte[] body = ByteBufUtil.getBytes(nettyRequest.content());
        EmulatorRequest request = new EmulatorRequest(method, uri, rawPath, match.pathParams(),
                decodeQuery(decoder), headers, body, mapper, route.operationName(), route.service(), null);

        EmulatorResponse response;
        FaultRule fault = null;
        try {
            if (route.service() != Service.ADMIN && !IamRoutes.TOKEN_OPERATION.equals(route.operationName())) {
                request = request.withPrincipal(authenticator.authenticate(request));
                fault = faults.next(route.operationName());
            }
            if (fault != null && fault.kind() != null) {
                switch (fault.kind()) {
                    case STATUS -> {
                        write(ctx, statusFault(fault, route.service()), requestId, keepAlive);
                        return;
                    }
                    case BUSINESS_ERROR -> {
                        write(ctx, EmulatorResponse.businessError(fault.errorCode(), fault.errorMsg()), requestId, keepAlive);
                        return;
                    }
                    case DELAY -> {
                        // The body was copied into the EmulatorRequest, so the Netty buffer may be released now.
                        EmulatorRequest delayed = request;
                        ctx.executor().schedule(() -> write(ctx, handle(route, delayed), requestId, keepAlive),
                                fault.delayMillis(), TimeUnit.MILLISECONDS);
                        return;
                    }
                    default -> {
                        // RESET and TRUNCATE need the real answer first.
                    }
                }
            }
            response = handle(route, request);
        } catch (EmulatorHttpException e) {
            response = e.response();
        }
        if (fault != null && fault.kind() == FaultKind.RESET) {
            writeThenReset(ctx, response, requestId);
        } else if (fault != null && fault.kind() == FaultKind.TRUNCATE) {
            writeTruncated(ctx, response, requestId);
        } else {
            write(ctx, response, requestId, keepAlive);
        }
    }

    private EmulatorResponse handle(Router.Route route, EmulatorRequest request) {
        try {
            EmulatorResponse response = route.handler().handle(request);
            if (response == null) {
                throw new IllegalStateException("handler of " + route.operationName() + " returned null");
            }
            return response;
        } catch (EmulatorHttpException e) {
            return e.response();
        } catch (ValidationException e) {
            return validationError(route.service(), e);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "handler of " + route.operationName() + " failed", e);
            return serverError(route.service(), "Internal error in the emulator: " + e);
        }
    }

    static EmulatorResponse validationError(Service service, ValidationException e) {
        return switch (service) {
            case IDE -> EmulatorResponse.error(406, "IDE.00000097", "parameter is null or error: " + e.getMessage());
            case PIPELINE -> EmulatorResponse.error(400, "DEVCP.00014004", "Invalid parameter or body format: " + e.getMessage());
            case IAM -> EmulatorResponse.error(400, "IAM.0001", "The request body is invalid: " + e.getMessage());
            case ADMIN -> EmulatorResponse.error(400, "EMULATOR.0400", e.getMessage());
        };
    }

    private static EmulatorResponse serverError(Service service, String message) {
        return switch (service) {
            case IDE -> EmulatorResponse.error(500, "IDE.00000100", "Internal Server Error: " + message);
            default -> EmulatorResponse.error(500, "DEVCP.00010000", "Unknown service error: " + message);
        };
    }

    private static EmulatorResponse statusFault(FaultRule fault, Service service) {
        int status = fault.status();
        String code = fault.errorCode();
        String msg = fault.errorMsg();
        if (code == null) {
            switch (status) {
                case 429 -> { code = "APIGW.0308"; msg = "The throttling threshold has been reached: policy user over ratelimit"; }
                case 500 -> {
                    code = service == Service.IDE ? "IDE.00000100" : "DEVCP.00010000";
                    msg = service == Service.IDE ? "Internal Server Error" : "Unknown service error";
                }
                case 502 -> { code = "APIGW.0202"; msg = "Bad gateway: the backend is unavailable"; }
                case 503 -> { code = "APIGW.0203"; msg = "Service unavailable, retry later"; }
                case 504 -> { code = "APIGW.0204"; msg = "Gateway timeout: the backend did not answer in time"; }
                default -> { code = "APIGW.0" + status; msg = "Injected fault " + status; }
            }
        }
        EmulatorResponse response = EmulatorResponse.error(status, code, msg);
        if (fault.retryAfterSeconds() >= 0) {
            response.header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
        }
        return response;
    }

    private static Map<String, List<String>> decodeQuery(QueryStringDecoder decoder) {
        // QueryStringDecoder decodes '+' as space, like the SDK's form encoding of query values.
        return new LinkedHashMap<>(decoder.parameters());
    }

    private FullHttpResponse toNetty(EmulatorResponse response, String requestId) {
        byte[] bytes = serialise(response);
        FullHttpResponse nettyResponse = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(bytes));
        if (response.contentType() != null) {
            nettyResponse.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
        }
        nettyResponse.headers().set("X-Request-Id", requestId);
        response.headers().forEach((name, value) -> nettyResponse.headers().set(name, value));
        HttpUtil.setContentLength(nettyResponse, bytes.length);
        return nettyResponse;
    }

    private byte[] serialise(EmulatorResponse response) {
        if (response.rawBody() != null) {
            return response.rawBody();
        }
        try {
            return mapper.writeValueAsBytes(response.jsonBody());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not serialise a response body", e);
            return ("{\"error_msg\":\"emulator could not serialise the response\",\"error_code\":\"DEVCP.00010000\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private void write(ChannelHandlerContext ctx, EmulatorResponse response, String requestId, boolean keepAlive) {
        FullHttpResponse nettyResponse = toNetty(response, requestId);
        if (keepAlive) {
            nettyResponse.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(nettyResponse);
        } else {
            nettyResponse.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(nettyResponse).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Headers and the first half of the body, then an abortive close (SO_LINGER 0 makes close send RST). */
    private void writeThenReset(ChannelHandlerContext ctx, EmulatorResponse response, String requestId) {
        FullHttpResponse full = toNetty(response, requestId);
        ByteBuf content = full.content();
        int half = content.readableBytes() / 2;
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, full.status(), full.headers());
        ctx.write(head);
        ctx.writeAndFlush(content.retainedSlice(0, half)).addListener(f -> {
            ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            ctx.channel().close();
        });
        full.release();
    }

    /** Full Content-Length declared, half the body sent, then an orderly close: the client sees a short body. */
    private void writeTruncated(ChannelHandlerContext ctx, EmulatorResponse response, String requestId) {
        FullHttpResponse full = toNetty(response, requestId);
        ByteBuf content = full.content();
        int half = content.readableBytes() / 2;
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, full.status(), full.headers());
        ctx.write(head);
        ctx.writeAndFlush(content.retainedSlice(0, half)).addListener(ChannelFutureListener.CLOSE);
        full.release();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "connection error: " + cause);
        ctx.close();
    }
}
