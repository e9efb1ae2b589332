package io.jenkins.plugins.codearts.plugin;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudAkSkCredentialsImpl;
import java.io.IOException;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The CodeArts emulator on a loopback port, 20 times faster than real time, and the Jenkins side wired to it: the demo
 * AK/SK as system credentials and the global configuration pointing every endpoint at the emulator. A JUnit 5 class
 * keeps it in a {@code @RegisterExtension static} field, which closes it after the class's tests.
 */
public final class EmulatorFixture implements AutoCloseable, AfterAllCallback {

    public static final String CREDENTIALS_ID = "hw-demo";

    static {
        // Polling every 100 ms keeps tests short; production keeps the 500 ms floor.
        System.setProperty(CodeArtsGlobalConfiguration.class.getName() + ".lowestPollMillis", "50");
    }

    public final CodeArtsEmulator emulator;
    public final DemoAccount demo;

    public EmulatorFixture() {
        this(CodeArtsEmulator.builder().port(0).speed(20).build().start());
    }

    private EmulatorFixture(CodeArtsEmulator emulator) {
        this.emulator = emulator;
        this.demo = emulator.demo();
    }

    /**
     * An emulator whose time stands still until the test moves it with {@link #advance(Duration)}: a run stays where
     * it is (e.g. before its review), however long Jenkins takes.
     */
    public static EmulatorFixture withManualClock() {
        return new EmulatorFixture(CodeArtsEmulator.builder().port(0).manualClock().build().start());
    }

    /** Moves the emulator's manual clock (see {@link #withManualClock()}). */
    public void advance(Duration duration) {
        emulator.manualClock().advance(duration);
    }

    /** Call once per Jenkins home (the settings survive restarts). */
    public void configureJenkins() throws IOException {
        SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAkSkCredentialsImpl(
                CredentialsScope.GLOBAL, CREDENTIALS_ID, "emulator demo key", demo.accessKey(),
                Secret.fromString(demo.secretKey())));
        SystemCredentialsProvider.getInstance().save();
        CodeArtsGlobalConfiguration global = CodeArtsGlobalConfiguration.get();
        global.setRegion(demo.region());
        global.setPipelineEndpoint(emulator.baseUrl());
        global.setIdeEndpoint(emulator.baseUrl());
        global.setIamEndpoint(emulator.baseUrl());
        global.setProjectId(demo.projectId());
        global.setCredentialsId(CREDENTIALS_ID);
        global.setDomainId(demo.domainId());
        global.setMinPollMillis(100);
        global.setMaxPollMillis(400);
    }

    /** {@link #configureJenkins()} on the Jenkins of {@code rule}, which it returns. */
    public JenkinsRule configure(JenkinsRule rule) throws IOException {
        configureJenkins();
        return rule;
    }

    /** Starts a sandboxed Pipeline job running {@code script} and returns its build once it has started. */
    public static WorkflowRun startPipeline(JenkinsRule rule, String script) throws Exception {
        WorkflowJob job = rule.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job.scheduleBuild2(0).waitForStart();
    }

    /** A client of our own, to check what the emulator did (run status after an abort, ...). */
    public CodeArtsClient client() {
        return CodeArtsClient.create(CodeArtsConfig.builder()
                .region(demo.region())
                .credentials(AkSkCredentials.of(demo.accessKey(), demo.secretKey()))
                .pipelineEndpoint(emulator.baseUrl())
                .ideEndpoint(emulator.baseUrl())
                .iamEndpoint(emulator.baseUrl())
                .build());
    }

    @Override
    public void close() {
        emulator.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
