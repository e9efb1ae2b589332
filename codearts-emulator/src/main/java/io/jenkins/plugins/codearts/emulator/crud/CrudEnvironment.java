package io.jenkins.plugins.codearts.emulator.crud;

import java.util.function.LongSupplier;

/**
 * The few facts the CRUD resources take from the rest of the emulator: who the demo caller is (for creator and
 * updater fields), the demo IDE stack, and the clock.
 */
public record CrudEnvironment(String domainId, String domainName, String userId, String userName, String projectId,
                              String demoStackId, String demoTemplateId, LongSupplier clock) {

    public long now() {
        return clock.getAsLong();
    }

    /** Defaults for tests and for running the CRUD module on its own. */
    public static CrudEnvironment defaults() {
        return new CrudEnvironment("ce8df55870164338a72d7e828a966a2a", "codearts-demo", "847a5317086c41798469d0868535943a",
                "demo-user", "d80a8a6530324b7bac972cbb8a9f28ec", "java", null, System::currentTimeMillis);
    }
}
