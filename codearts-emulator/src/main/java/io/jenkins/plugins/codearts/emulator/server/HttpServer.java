package io.jenkins.plugins.codearts.emulator.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codearts.emulator.fault.Faults;
import io.jenkins.plugins.codearts.emulator.http.Authenticator;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The Netty HTTP/1.1 listener. One port serves every route. */
public final class HttpServer implements AutoCloseable {

    /** Signed bodies are limited to 12 MB by the gateway; leave room for multipart overhead. */
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final Channel channel;

    private HttpServer(EventLoopGroup bossGroup, EventLoopGroup workerGroup, Channel channel) {
        this.bossGroup = bossGroup;
        this.workerGroup = workerGroup;
        this.channel = channel;
    }

    /** Binds and starts serving; port 0 picks a free port. */
    public static HttpServer start(String host, int port, Router router, ObjectMapper mapper, Authenticator authenticator,
                                   Faults faults, int workerThreads) throws InterruptedException {
        EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("codearts-emulator-accept", true));
        EventLoopGroup workers = new NioEventLoopGroup(workerThreads, new DefaultThreadFactory("codearts-emulator-io", true));
        DispatchHandler dispatcher = new DispatchHandler(router, mapper, authenticator, faults);
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpServerExpectContinueHandler())
                                    .addLast(new HttpObjectAggregator(MAX_BODY_BYTES))
                                    .addLast(dispatcher);
                        }
                    });
            Channel channel = bootstrap.bind(new InetSocketAddress(host, port)).sync().channel();
            return new HttpServer(boss, workers, channel);
        } catch (RuntimeException | InterruptedException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public String host() {
        return ((InetSocketAddress) channel.localAddress()).getHostString();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
