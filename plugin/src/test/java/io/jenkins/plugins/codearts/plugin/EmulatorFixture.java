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

/**
 * The CodeArts emulator on a loopback port, 20 times faster than real time, and the Jenkins side wired to it: the demo
 * AK/SK as system credentials and the global configuration pointing every endpoint at the emulator.
 */
public final class EmulatorFixture implements AutoCloseable {

    public static final String CREDENTIALS_ID = "hw-demo";

    static {
        // Polling every 100 ms keeps tests short; production keeps the 500 ms floor.
        System.setProperty(CodeArtsGlobalConfiguration.class.getName() + ".lowestPollMillis", "50");
    }

    public final CodeArtsEmulator emulator;
    public final DemoAccount demo;

    public EmulatorFixture() {
        this.emulator = CodeArtsEmulator.builder().port(0).speed(20).build().start();
        this.demo = emulator.demo();
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
}
