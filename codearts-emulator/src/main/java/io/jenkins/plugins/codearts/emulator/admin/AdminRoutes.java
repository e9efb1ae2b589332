package io.jenkins.plugins.codearts.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.auth.Gatekeeper;
import io.jenkins.plugins.codearts.emulator.fault.FaultRule;
import io.jenkins.plugins.codearts.emulator.fault.Faults;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.http.Service;
import io.jenkins.plugins.codearts.emulator.http.ValidationException;
import io.jenkins.plugins.codearts.emulator.pipeline.Pipeline;
import io.jenkins.plugins.codearts.emulator.pipeline.ScenarioException;
import io.jenkins.plugins.codearts.emulator.pipeline.ScenarioLoader;
import io.jenkins.plugins.codearts.emulator.time.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The unauthenticated admin API under {@code /_emulator} (documented in docs/emulator.md): health, demo account,
 * routes, fault rules, settings, clock and scenario loading.
 */
public final class AdminRoutes implements RouteModule {

    private final Faults faults;
    private final EmulatorSettings settings;
    private final ScenarioLoader scenarios;
    private final Gatekeeper gatekeeper;
    private final Router router;

    public AdminRoutes(Faults faults, EmulatorSettings settings, ScenarioLoader scenarios, Gatekeeper gatekeeper, Router router) {
        this.faults = faults;
        this.settings = settings;
        this.scenarios = scenarios;
        this.gatekeeper = gatekeeper;
        this.router = router;
    }

    @Override
    public void register(Router target, EmulatorContext context) {
        target.add("emulatorHealth", "GET", "/_emulator/health", Service.ADMIN, request ->
                EmulatorResponse.ok(context.mapper().createObjectNode().put("status", "UP").put("now", context.nowMillis())));
        target.add("emulatorDemo", "GET", "/_emulator/demo", Service.ADMIN, request -> EmulatorResponse.ok(demoJson(context)));
        target.add("emulatorRoutes", "GET", "/_emulator/routes", Service.ADMIN, request -> {
            ArrayNode list = context.mapper().createArrayNode();
            for (Router.Route route : router.routes()) {
                list.addObject().put("operation", route.operationName()).put("method", route.method())
                        .put("path", route.pathTemplate()).put("service", route.service().name());
            }
            return EmulatorResponse.ok(list);
        });
        target.add("emulatorListFaults", "GET", "/_emulator/faults", Service.ADMIN, request -> faultList(context));
        target.add("emulatorAddFault", "POST", "/_emulator/faults", Service.ADMIN, request -> addFault(context, request));
        target.add("emulatorClearFaults", "DELETE", "/_emulator/faults", Service.ADMIN, request -> {
            faults.clear();
            return faultList(context);
        });
        target.add("emulatorDeleteFault", "DELETE", "/_emulator/faults/{id}", Service.ADMIN, request -> {
            long id;
            try {
                id = Long.parseLong(request.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new ValidationException("id", "fault id must be a number, was '" + request.pathParam("id") + "'");
            }
            if (!faults.remove(id)) {
                throw EmulatorHttpException.of(404, "EMULATOR.0404", "no fault rule with id " + id);
            }
            return faultList(context);
        });
        target.add("emulatorShowSettings", "GET", "/_emulator/settings", Service.ADMIN, request ->
                EmulatorResponse.ok(settingsJson(context)));
        target.add("emulatorUpdateSettings", "PUT", "/_emulator/settings", Service.ADMIN, request -> updateSettings(context, request));
        target.add("emulatorShowClock", "GET", "/_emulator/clock", Service.ADMIN, request -> clockJson(context));
        target.add("emulatorAdvanceClock", "POST", "/_emulator/clock/advance", Service.ADMIN, request -> {
            if (!(context.clock() instanceof ManualClock manual)) {
                throw EmulatorHttpException.of(409, "EMULATOR.0409", "the clock is not manual; start the emulator with a manual "
                        + "clock (--manual-clock, or builder().manualClock()) to advance it");
            }
            long millis = context.requireLong(request.json(), "millis", 0, Long.MAX_VALUE / 4);
            manual.advance(Duration.ofMillis(millis));
            return clockJson(context);
        });
        target.add("emulatorLoadScenario", "POST", "/_emulator/scenarios", Service.ADMIN, request -> {
            List<Pipeline> added;
            try {
                added = scenarios.load(ScenarioLoader.parse(request.bodyText(), "request body"), "request body");
            } catch (ScenarioException e) {
                throw new ValidationException("body", e.getMessage());
            }
            ArrayNode list = context.mapper().createArrayNode();
            for (Pipeline pipeline : added) {
                list.addObject().put("pipeline_id", pipeline.id()).put("name", pipeline.name()).put("project_id", pipeline.projectId());
            }
            return EmulatorResponse.json(201, context.mapper().createObjectNode().set("pipelines", list));
        });
        target.add("emulatorResetAuth", "POST", "/_emulator/auth/reset", Service.ADMIN, request -> {
            gatekeeper.resetLocks();
            return EmulatorResponse.ok(context.mapper().createObjectNode().put("unlocked", true));
        });
    }

    private static ObjectNode demoJson(EmulatorContext context) {
        DemoAccount demo = context.demo();
        ObjectNode node = context.mapper().createObjectNode();
        node.put("base_url", context.baseUrl());
        node.put("access_key", demo.accessKey());
        node.put("secret_key", demo.secretKey());
        node.put("domain_name", demo.domainName());
        node.put("user_name", demo.userName());
        node.put("password", demo.password());
        node.put("domain_id", demo.domainId());
        node.put("user_id", demo.userId());
        node.put("iam_project_id", demo.iamProjectId());
        node.put("region", demo.region());
        node.put("project_id", demo.projectId());
        node.put("demo_pipeline_id", demo.demoPipelineId());
        node.put("failing_pipeline_id", demo.failingPipelineId());
        node.put("demo_stack_id", demo.demoStackId());
        node.put("demo_template_id", demo.demoTemplateId());
        return node;
    }

    private EmulatorResponse faultList(EmulatorContext context) {
        ArrayNode list = context.mapper().createArrayNode();
        for (FaultRule rule : faults.rules()) {
            list.add(rule.toJson());
        }
        return EmulatorResponse.ok(list);
    }

    private EmulatorResponse addFault(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.json();
        String operation = context.requireText(body, "operation");
        if (!operation.equals(FaultRule.ANY_OPERATION) && router.route(operation) == null) {
            throw new ValidationException("operation", "'operation' must be a registered operation name (GET /_emulator/routes) or \"*\", was '"
                    + operation + "'");
        }
        String kind = context.requireEnum(body, "kind", "status", "delay", "reset", "truncate", "business_error")
                .toLowerCase(Locale.ROOT);
        // Validate everything before creating the rule: a half-configured rule must not stay registered.
        int status = (int) (kind.equals("status") ? context.requireLong(body, "status", 400, 599) : 0);
        long delayMs = kind.equals("delay") ? context.requireLong(body, "delay_ms", 0, 600_000) : 0;
        String errorCode = context.optionalText(body, "error_code");
        String errorMsg = context.optionalText(body, "error_msg");
        if (kind.equals("business_error") && errorCode == null) {
            errorCode = "DEVPIPE.00011127";
            errorMsg = errorMsg == null ? "System busy, retry later" : errorMsg;
        }
        long times = context.optionalLong(body, "times", -1, -1, Integer.MAX_VALUE);
        if (times == 0) {
            throw new ValidationException("times", "'times' must be at least 1 (omit it for an unlimited rule)");
        }
        double probability = body.hasNonNull("probability") ? body.get("probability").asDouble(-1) : 1.0;
        if (!(probability > 0 && probability <= 1)) {
            throw new ValidationException("probability", "'probability' must be in (0, 1], was " + body.get("probability"));
        }
        long retryAfter = context.optionalLong(body, "retry_after_seconds", -1, -1, 86_400);

        FaultRule rule = faults.on(operation);
        if (times > 0) {
            rule.times((int) times);
        }
        rule.probability(probability);
        switch (kind) {
            case "status" -> {
                rule.status(status);
                if (retryAfter >= 0) {
                    rule.retryAfterSeconds((int) retryAfter);
                }
                if (errorCode != null) {
                    rule.errorBody(errorCode, errorMsg == null ? "Injected fault" : errorMsg);
                }
            }
            case "delay" -> rule.delay(Duration.ofMillis(delayMs));
            case "reset" -> rule.resetConnection();
            case "truncate" -> rule.truncateBody();
            default -> rule.businessError(errorCode, errorMsg == null ? "Injected business error" : errorMsg);
        }
        return EmulatorResponse.json(201, rule.toJson());
    }

    private ObjectNode settingsJson(EmulatorContext context) {
        ObjectNode node = context.mapper().createObjectNode();
        node.put("max_concurrent_runs_per_pipeline", settings.maxConcurrentRunsPerPipeline());
        node.put("max_concurrent_runs_per_tenant", settings.maxConcurrentRunsPerTenant());
        node.put("concurrency_mode", settings.concurrencyMode().name());
        node.put("review_timeout_ms", settings.reviewTimeout().toMillis());
        node.put("review_timeout_outcome", settings.reviewTimeoutOutcome().name());
        node.put("job_queue_time_ms", settings.jobQueueTime().toMillis());
        node.put("review_wait_job_status", settings.reviewWaitJobStatus().name());
        node.put("review_wait_run_status", settings.reviewWaitRunStatus().name());
        node.put("ide_start_delay_ms", settings.ideStartDelay().toMillis());
        node.put("ide_stop_delay_ms", settings.ideStopDelay().toMillis());
        node.put("ide_delete_delay_ms", settings.ideDeleteDelay().toMillis());
        node.put("max_signature_failures", settings.maxSignatureFailures());
        node.put("ak_lock_duration_ms", settings.akLockDuration().toMillis());
        node.put("allowed_clock_skew_ms", settings.allowedClockSkew().toMillis());
        node.put("token_lifetime_ms", settings.tokenLifetime().toMillis());
        return node;
    }

    private EmulatorResponse updateSettings(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw new ValidationException("body", "settings must be a JSON object such as {\"max_concurrent_runs_per_pipeline\":1}");
        }
        // Check every field first so a bad one leaves the settings unchanged.
        List<String> known = List.of("max_concurrent_runs_per_pipeline", "max_concurrent_runs_per_tenant", "concurrency_mode",
                "review_timeout_ms", "review_timeout_outcome", "review_wait_job_status", "review_wait_run_status", "job_queue_time_ms", "ide_start_delay_ms", "ide_stop_delay_ms",
                "ide_delete_delay_ms", "max_signature_failures", "ak_lock_duration_ms", "allowed_clock_skew_ms", "token_lifetime_ms");
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new ValidationException(name, "unknown setting '" + name + "'; known: " + known);
            }
        });
        String mode = context.optionalEnum(body, "concurrency_mode", null, "QUEUE", "REJECT");
        String outcome = context.optionalEnum(body, "review_timeout_outcome", null, "PASS", "REFUSE");
        String waitJob = context.optionalEnum(body, "review_wait_job_status", null, "PAUSED", "SUSPEND");
        String waitRun = context.optionalEnum(body, "review_wait_run_status", null, "RUNNING", "PAUSED", "SUSPEND");
        long perPipeline = context.optionalLong(body, "max_concurrent_runs_per_pipeline", settings.maxConcurrentRunsPerPipeline(), 1, 1000);
        long perTenant = context.optionalLong(body, "max_concurrent_runs_per_tenant", settings.maxConcurrentRunsPerTenant(), 1, 10000);
        long reviewTimeout = context.optionalLong(body, "review_timeout_ms", settings.reviewTimeout().toMillis(), 0, Long.MAX_VALUE / 4);
        long jobQueue = context.optionalLong(body, "job_queue_time_ms", settings.jobQueueTime().toMillis(), 0, Long.MAX_VALUE / 4);
        long ideStart = context.optionalLong(body, "ide_start_delay_ms", settings.ideStartDelay().toMillis(), 0, Long.MAX_VALUE / 4);
        long ideStop = context.optionalLong(body, "ide_stop_delay_ms", settings.ideStopDelay().toMillis(), 0, Long.MAX_VALUE / 4);
        long ideDelete = context.optionalLong(body, "ide_delete_delay_ms", settings.ideDeleteDelay().toMillis(), 0, Long.MAX_VALUE / 4);
        long failures = context.optionalLong(body, "max_signature_failures", settings.maxSignatureFailures(), 1, 1000);
        long lock = context.optionalLong(body, "ak_lock_duration_ms", settings.akLockDuration().toMillis(), 0, Long.MAX_VALUE / 4);
        long skew = context.optionalLong(body, "allowed_clock_skew_ms", settings.allowedClockSkew().toMillis(), 0, Long.MAX_VALUE / 4);
        long token = context.optionalLong(body, "token_lifetime_ms", settings.tokenLifetime().toMillis(), 0, Long.MAX_VALUE / 4);
        if (mode != null) {
            settings.concurrencyMode(EmulatorSettings.ConcurrencyMode.valueOf(mode));
        }
        if (outcome != null) {
            settings.reviewTimeoutOutcome(EmulatorSettings.ReviewTimeoutOutcome.valueOf(outcome));
        }
        if (waitJob != null) {
            settings.reviewWaitJobStatus(EmulatorSettings.ReviewWaitJobStatus.valueOf(waitJob));
        }
        if (waitRun != null) {
            settings.reviewWaitRunStatus(EmulatorSettings.ReviewWaitRunStatus.valueOf(waitRun));
        }
        settings.maxConcurrentRunsPerPipeline((int) perPipeline).maxConcurrentRunsPerTenant((int) perTenant)
                .reviewTimeout(Duration.ofMillis(reviewTimeout)).jobQueueTime(Duration.ofMillis(jobQueue))
                .ideStartDelay(Duration.ofMillis(ideStart)).ideStopDelay(Duration.ofMillis(ideStop))
                .ideDeleteDelay(Duration.ofMillis(ideDelete)).maxSignatureFailures((int) failures)
                .akLockDuration(Duration.ofMillis(lock)).allowedClockSkew(Duration.ofMillis(skew))
                .tokenLifetime(Duration.ofMillis(token));
        return EmulatorResponse.ok(settingsJson(context));
    }

    private static EmulatorResponse clockJson(EmulatorContext context) {
        ObjectNode node = context.mapper().createObjectNode();
        node.put("now", context.nowMillis());
        node.put("now_iso", context.clock().instant().toString());
        node.put("clock", context.clock().toString());
        node.put("manual", context.clock() instanceof ManualClock);
        return EmulatorResponse.ok(node);
    }
}
