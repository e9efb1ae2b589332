package io.jenkins.plugins.codearts.emulator.crud;

import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registers the 93 catalogue endpoints (templates, groups, rules, policies, plug-ins, IDE catalogue, marketplace,
 * codebreeze, tsbot) with the emulator's router. Found by {@link java.util.ServiceLoader}.
 */
public final class CrudRoutes implements RouteModule {

    @Override
    public void register(Router router, EmulatorContext context) {
        CrudResources resources = context.shared(CrudResources.class, () -> new CrudResources(environmentOf(context)));
        for (CrudRoute route : resources.routes()) {
            router.add(route.operation(), route.method(), route.pathTemplate(), request -> answer(route, request));
        }
    }

    static CrudEnvironment environmentOf(EmulatorContext context) {
        var demo = context.demo();
        return new CrudEnvironment(demo.domainId(), demo.domainName(), demo.userId(), demo.userName(), demo.projectId(), demo.demoStackId(),
                context::nowMillis);
    }

    private static EmulatorResponse answer(CrudRoute route, EmulatorRequest request) {
        try {
            CrudReply reply = route.handler().handle(toCrudRequest(request));
            return EmulatorResponse.json(reply.status(), reply.body());
        } catch (CrudException e) {
            return EmulatorResponse.error(e.status(), e.errorCode(), e.getMessage());
        }
    }

    static CrudRequest toCrudRequest(EmulatorRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        Map<String, List<String>> query = new LinkedHashMap<>(request.queryParams());
        return new CrudRequest(request.method(), request.rawPath(), request.pathParams(), query, headers, request.body());
    }
}
