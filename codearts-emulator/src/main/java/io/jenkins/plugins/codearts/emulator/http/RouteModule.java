package io.jenkins.plugins.codearts.emulator.http;

/**
 * A group of routes. Implementations are found with {@link java.util.ServiceLoader}: list the class name in
 * {@code META-INF/services/io.jenkins.plugins.codearts.emulator.http.RouteModule}. A public no-argument constructor is
 * required. See ROUTES.md in the module.
 */
public interface RouteModule {

    /** Adds this module's routes. Called once per emulator instance, before it starts listening. */
    void register(Router router, EmulatorContext context);
}
