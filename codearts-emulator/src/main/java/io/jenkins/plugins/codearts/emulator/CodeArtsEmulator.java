package io.jenkins.plugins.codearts.emulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codearts.emulator.admin.AdminRoutes;
import io.jenkins.plugins.codearts.emulator.auth.Gatekeeper;
import io.jenkins.plugins.codearts.emulator.auth.PublisherTokenRoutes;
import io.jenkins.plugins.codearts.emulator.auth.PublisherTokens;
import io.jenkins.plugins.codearts.emulator.auth.TokenStore;
import io.jenkins.plugins.codearts.emulator.fault.Faults;
import io.jenkins.plugins.codearts.emulator.http.Authenticator;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.iam.IamRoutes;
import io.jenkins.plugins.codearts.emulator.ide.IdeInstanceRoutes;
import io.jenkins.plugins.codearts.emulator.ide.IdeInstances;
import io.jenkins.plugins.codearts.emulator.pipeline.PipelineStore;
import io.jenkins.plugins.codearts.emulator.pipeline.PipelineRoutes;
import io.jenkins.plugins.codearts.emulator.pipeline.RunSimulator;
import io.jenkins.plugins.codearts.emulator.pipeline.TemplateStageRegistry;
import io.jenkins.plugins.codearts.emulator.pipeline.ScenarioLoader;
import io.jenkins.plugins.codearts.emulator.server.HttpServer;
import io.jenkins.plugins.codearts.emulator.time.EmulatorClock;
import io.jenkins.plugins.codearts.emulator.time.ManualClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * A local CodeArts Pipeline + IDE Online + IAM server for tests, demos and offline development.
 *
 * <pre>{@code
 * try (CodeArtsEmulator emulator = CodeArtsEmulator.builder().port(0).speed(20).build().start()) {
 *     String url = emulator.baseUrl();
 *     DemoAccount demo = emulator.demo();
 *     emulator.faults().on("showStepLogs").times(2).status(429).retryAfterSeconds(1);
 * }
 * }</pre>
 */
public final class CodeArtsEmulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CodeArtsEmulator.class.getName());

    /** The built-in demo account; the ids match {@code scenarios/demo.yaml}. */
    public static final DemoAccount DEFAULT_DEMO = new DemoAccount(
            "EMUDEMOAK7Q2LK9P3ZTX", "emuDemoSecretKey0123456789abcdefghijklmn",
            "demo-account", "demo-user", "Demo@Passw0rd",
            "d0d0a1b2c3d4e5f60718293a4b5c6d7e", "a1a1b2c3d4e5f60718293a4b5c6d7e8f", "0123456789abcdef0123456789abcdef",
            "cn-north-4", "c0de0a7f5e1b4d2c9a8f7e6d5c4b3a21",
            "5e1c0a7d9b2f4c3e8a6d1f0b7c9e2a41", "9a3f6b2c1d8e4f7a0b5c2d9e6f1a3b87", "stack-java17-maven",
            "3c7d2e9f0a1b4c5d8e6f7a2b9c0d1e4f");

    private final Builder config;
    private final EmulatorClock clock;
    private final EmulatorSettings settings;
    private final Faults faults = new Faults();
    private final ObjectMapper mapper;
    private final EmulatorContext context;
    private final Router router = new Router();
    private final TokenStore tokens;
    private final Gatekeeper gatekeeper;
    private final PipelineStore pipelines;
    private final RunSimulator runs;
    private final TemplateStageRegistry templates = new TemplateStageRegistry();
    private final ScenarioLoader scenarioLoader;
    private final IdeInstances ideInstances;
    private HttpServer server;

    private CodeArtsEmulator(Builder builder) {
        this.config = builder;
        this.clock = builder.clock != null ? builder.clock : builder.speed == 1.0 ? EmulatorClock.real() : EmulatorClock.scaled(builder.speed);
        this.settings = builder.settings;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.context = new EmulatorContext(clock, mapper, builder.demo);
        this.tokens = new TokenStore(clock, settings::tokenLifetime);
        this.gatekeeper = new Gatekeeper(builder.demo, tokens, context.shared(PublisherTokens.class, PublisherTokens::new),
                clock, EmulatorClock.real(), settings);
        this.pipelines = context.shared(PipelineStore.class, () -> new PipelineStore(context));
        this.runs = context.shared(RunSimulator.class, () -> new RunSimulator(context, settings, pipelines));
        context.shared(TemplateStageRegistry.class, () -> templates);
        this.scenarioLoader = new ScenarioLoader(pipelines, templates, builder.demo.projectId(), builder.demo.userId());
        this.ideInstances = context.shared(IdeInstances.class, () -> new IdeInstances(context, settings));
        if (builder.demoScenario) {
            scenarioLoader.loadResource("scenarios/demo.yaml");
        }
        for (String resource : builder.scenarioResources) {
            scenarioLoader.loadResource(resource);
        }
        for (Path file : builder.scenarioFiles) {
            scenarioLoader.loadFile(file);
        }
        registerRoutes();
    }

    private void registerRoutes() {
        List<RouteModule> modules = new ArrayList<>(List.of(
                new IamRoutes(tokens),
                new PipelineRoutes(pipelines, runs, settings, templates),
                new IdeInstanceRoutes(ideInstances),
                new AdminRoutes(faults, settings, scenarioLoader, gatekeeper, router),
                new PublisherTokenRoutes()));
        // Further modules (e.g. the CRUD endpoints) are found on the classpath, so adding one needs no edit here.
        Iterator<RouteModule> discovered = ServiceLoader.load(RouteModule.class, CodeArtsEmulator.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!discovered.hasNext()) {
                    break;
                }
                modules.add(discovered.next());
            } catch (ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.WARNING, "skipping a route module that could not be loaded: " + e.getMessage());
            }
        }
        for (RouteModule module : modules) {
            module.register(router, context);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving. Returns this for chaining. */
    public synchronized CodeArtsEmulator start() {
        if (server != null) {
            throw new IllegalStateException("the emulator is already started on " + baseUrl());
        }
        try {
            Authenticator authenticator = config.authentication ? gatekeeper : Authenticator.allowAll(gatekeeper.demoPrincipal());
            server = HttpServer.start(config.host, config.port, router, mapper, authenticator, faults, config.workerThreads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding " + config.host + ":" + config.port, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot bind " + config.host + ":" + config.port + " (" + e.getMessage()
                    + "); choose another port or 0 for a free one", e);
        }
        context.baseUrl("http://" + hostForUrl(config.host) + ":" + server.port());
        return this;
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** e.g. {@code http://127.0.0.1:8089}; serves Pipeline, IDE Online, IAM and admin paths. */
    public String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the emulator is not started; call start() first");
        }
        return context.baseUrl();
    }

    public int port() {
        if (server == null) {
            throw new IllegalStateException("the emulator is not started; call start() first");
        }
        return server.port();
    }

    public DemoAccount demo() {
        return config.demo;
    }

    public Faults faults() {
        return faults;
    }

    public EmulatorSettings settings() {
        return settings;
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** The manual clock, when the emulator was built with one. */
    public ManualClock manualClock() {
        if (!(clock instanceof ManualClock manual)) {
            throw new IllegalStateException("this emulator runs on " + clock + "; build it with manualClock() to move time by hand");
        }
        return manual;
    }

    /** Loads more pipelines from a scenario file (YAML or JSON); returns their ids. */
    public List<String> loadScenario(Path file) {
        return scenarioLoader.loadFile(file).stream().map(io.jenkins.plugins.codearts.emulator.pipeline.Pipeline::id).toList();
    }

    /** Loads more pipelines from a classpath scenario; returns their ids. */
    public List<String> loadScenarioResource(String resource) {
        return scenarioLoader.loadResource(resource).stream().map(io.jenkins.plugins.codearts.emulator.pipeline.Pipeline::id).toList();
    }

    /** Every registered route, for documentation and tests. */
    public List<Router.Route> routes() {
        return router.routes();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Configures an emulator. Defaults: 127.0.0.1:8089, real time, demo scenario loaded, authentication on. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8089;
        private double speed = 1.0;
        private EmulatorClock clock;
        private boolean demoScenario = true;
        private boolean authentication = true;
        private int workerThreads = 2;
        private DemoAccount demo = DEFAULT_DEMO;
        private final EmulatorSettings settings = new EmulatorSettings();
        private final List<String> scenarioResources = new ArrayList<>();
        private final List<Path> scenarioFiles = new ArrayList<>();

        private Builder() {
        }

        /** The address to bind; loopback by default. */
        public Builder host(String bindHost) {
            this.host = Objects.requireNonNull(bindHost, "host");
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int bindPort) {
            if (bindPort < 0 || bindPort > 65535) {
                throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), was " + bindPort);
            }
            this.port = bindPort;
            return this;
        }

        /** Simulated time runs this many times faster than real time (e.g. 20). */
        public Builder speed(double factor) {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("speed must be a positive factor (1 = real time), was " + factor);
            }
            this.speed = factor;
            return this;
        }

        /** Use this clock (e.g. a {@link ManualClock}); overrides {@link #speed(double)}. */
        public Builder clock(EmulatorClock emulatorClock) {
            this.clock = Objects.requireNonNull(emulatorClock, "clock");
            return this;
        }

        /** A manual clock starting now; move it with {@code emulator.manualClock().advance(...)}. */
        public Builder manualClock() {
            return clock(EmulatorClock.manual());
        }

        /** Whether to load the built-in demo pipelines (default true). */
        public Builder demoScenario(boolean load) {
            this.demoScenario = load;
            return this;
        }

        public Builder scenarioFile(Path file) {
            scenarioFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        public Builder scenarioResource(String resource) {
            scenarioResources.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /** Turns the gateway's credential checks off (every request acts as the demo user). On by default. */
        public Builder authentication(boolean required) {
            this.authentication = required;
            return this;
        }

        /** Replaces the demo account (e.g. other AK/SK). */
        public Builder account(DemoAccount account) {
            this.demo = Objects.requireNonNull(account, "account");
            return this;
        }

        public Builder workerThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("workerThreads must be at least 1, was " + threads);
            }
            this.workerThreads = threads;
            return this;
        }

        /** The behaviour settings, to adjust before {@link #build()} (they stay adjustable afterwards). */
        public EmulatorSettings settings() {
            return settings;
        }

        /** Adjusts settings inline: {@code builder.configure(s -> s.reviewTimeout(Duration.ofMinutes(5)))}. */
        public Builder configure(java.util.function.Consumer<EmulatorSettings> change) {
            change.accept(settings);
            return this;
        }

        public CodeArtsEmulator build() {
            return new CodeArtsEmulator(this);
        }
    }
}
