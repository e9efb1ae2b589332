package io.jenkins.plugins.codearts.emulator.ide;

import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IDE Online instances and their lifecycle on the emulator clock: STARTING → RUNNING, STOPPING → STOPPED,
 * DELETING → DELETED after the configured delays; a RUNNING instance with no activity for {@code refresh_interval}
 * minutes goes to sleep (STOPPED). State advances lazily when read. Thread-safe (one lock).
 */
public final class IdeInstances {

    static final String STARTING = "STARTING";
    static final String RUNNING = "RUNNING";
    static final String STOPPING = "STOPPING";
    static final String STOPPED = "STOPPED";
    static final String DELETING = "DELETING";
    static final String DELETED = "DELETED";

    /** One instance. Fields are guarded by the owning {@link IdeInstances}. */
    static final class Instance {
        final String id;
        final String orgId;
        final String ownerId;
        final String ownerName;
        final String arch;
        final String cpuMemory;
        final String pvcQuantity;
        final String stackId;
        final String label;
        final boolean isTemporary;
        final long createdTime;
        String displayName;
        String description;
        long refreshInterval;
        long updatedTime;
        String status;
        String targetStatus;
        long transitionAt = Long.MAX_VALUE;
        long lastActivity;

        Instance(String id, String orgId, String ownerId, String ownerName, String displayName, String description, String arch,
                 String cpuMemory, String pvcQuantity, long refreshInterval, String stackId, String label, boolean isTemporary,
                 long now) {
            this.id = id;
            this.orgId = orgId;
            this.ownerId = ownerId;
            this.ownerName = ownerName;
            this.displayName = displayName;
            this.description = description;
            this.arch = arch;
            this.cpuMemory = cpuMemory;
            this.pvcQuantity = pvcQuantity;
            this.refreshInterval = refreshInterval;
            this.stackId = stackId;
            this.label = label;
            this.isTemporary = isTemporary;
            this.createdTime = now;
            this.updatedTime = now;
        }
    }

    private final EmulatorContext context;
    private final EmulatorSettings settings;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public IdeInstances(EmulatorContext context, EmulatorSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    synchronized Instance create(String orgId, String ownerId, String ownerName, String displayName, String description,
                                 String arch, String cpuMemory, String pvcQuantity, long refreshInterval, String stackId,
                                 String label, boolean isTemporary) {
        if (nameTaken(displayName, null)) {
            throw EmulatorHttpException.of(406, "IDE.00010027", "Instance name is exist: an instance named '" + displayName
                    + "' already exists; choose another display_name");
        }
        long now = context.nowMillis();
        String id;
        do {
            id = randomId();
        } while (instances.containsKey(id));
        Instance instance = new Instance(id, orgId, ownerId, ownerName, displayName, description, arch, cpuMemory, pvcQuantity,
                refreshInterval, stackId, label, isTemporary, now);
        transition(instance, STARTING, RUNNING, now + settings.ideStartDelay().toMillis());
        instances.put(id, instance);
        return instance;
    }

    /** Instance ids look like the documents' examples: six lower-case letters. */
    private String randomId() {
        StringBuilder id = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            id.append((char) ('a' + random.nextInt(26)));
        }
        return id.toString();
    }

    synchronized boolean nameTaken(String displayName, String exceptId) {
        long now = context.nowMillis();
        for (Instance instance : instances.values()) {
            settle(instance, now);
            if (!instance.status.equals(DELETED) && instance.displayName.equals(displayName) && !instance.id.equals(exceptId)) {
                return true;
            }
        }
        return false;
    }

    /** The instance brought up to now, or 404 IDE.00010030. */
    synchronized Instance require(String id) {
        Instance instance = instances.get(id);
        if (instance == null) {
            throw EmulatorHttpException.of(404, "IDE.00010030", "instance not exist: no IDE instance '" + id + "'");
        }
        settle(instance, context.nowMillis());
        return instance;
    }

    /**
     * The status of an instance brought up to now, or {@code null} when no instance has this id (a deleted one answers
     * DELETED). For other modules, e.g. plug-in authorisation.
     */
    public synchronized String statusOf(String id) {
        Instance instance = instances.get(id);
        if (instance == null) {
            return null;
        }
        settle(instance, context.nowMillis());
        return instance.status;
    }

    synchronized List<Instance> list() {
        long now = context.nowMillis();
        List<Instance> result = new ArrayList<>();
        for (Instance instance : instances.values()) {
            settle(instance, now);
            if (!instance.status.equals(DELETED)) {
                result.add(instance);
            }
        }
        return result;
    }

    synchronized void start(String id) {
        Instance instance = require(id);
        switch (instance.status) {
            case RUNNING, STARTING -> {
                // Already up or on its way: starting again is harmless.
            }
            case STOPPED -> transition(instance, STARTING, RUNNING, context.nowMillis() + settings.ideStartDelay().toMillis());
            case DELETING, DELETED -> throw deleted(instance);
            default -> throw EmulatorHttpException.of(406, "IDE.00010101", "INSTANCE_START_ERROR: instance " + id + " is "
                    + instance.status + "; wait until it is STOPPED, then start it");
        }
    }

    synchronized void stop(String id) {
        Instance instance = require(id);
        if (!instance.status.equals(RUNNING) && !instance.status.equals(STARTING)) {
            throw EmulatorHttpException.of(406, "IDE.00010054", "Could not stop the ide, instance status is not running or starting: "
                    + "instance " + id + " is " + instance.status);
        }
        transition(instance, STOPPING, STOPPED, context.nowMillis() + settings.ideStopDelay().toMillis());
    }

    synchronized void delete(String id) {
        Instance instance = require(id);
        if (instance.status.equals(STARTING)) {
            throw EmulatorHttpException.of(406, "IDE.00010028", "Instance is Starting, Can't remove it now: wait until instance "
                    + id + " is RUNNING, or stop it first");
        }
        if (instance.status.equals(DELETING) || instance.status.equals(DELETED)) {
            throw deleted(instance);
        }
        transition(instance, DELETING, DELETED, context.nowMillis() + settings.ideDeleteDelay().toMillis());
    }

    /** Keep-alive: pushes the auto-sleep deadline out; only a RUNNING instance accepts it. Returns the new deadline. */
    synchronized long refreshActivity(String id) {
        Instance instance = require(id);
        if (!instance.status.equals(RUNNING)) {
            throw EmulatorHttpException.of(406, "IDE.00010048", "active error:instance status error: instance " + id + " is "
                    + instance.status + ", keep-alive needs RUNNING");
        }
        instance.lastActivity = context.nowMillis();
        return sleepDeadline(instance);
    }

    synchronized void update(String id, String displayName, String description, long refreshInterval) {
        Instance instance = require(id);
        if (instance.status.equals(DELETING) || instance.status.equals(DELETED)) {
            throw deleted(instance);
        }
        if (nameTaken(displayName, id)) {
            throw EmulatorHttpException.of(406, "IDE.00010027", "Instance name is exist: another instance is named '"
                    + displayName + "'");
        }
        instance.displayName = displayName;
        if (description != null) {
            instance.description = description;
        }
        instance.refreshInterval = refreshInterval;
        instance.updatedTime = context.nowMillis();
    }

    static EmulatorHttpException deleted(Instance instance) {
        return EmulatorHttpException.of(406, "IDE.00010029", "Instance has been deleted or is in deleting: instance "
                + instance.id + " is " + instance.status);
    }

    long sleepDeadline(Instance instance) {
        return instance.refreshInterval < 0 ? Long.MAX_VALUE : instance.lastActivity + instance.refreshInterval * 60_000;
    }

    private static void transition(Instance instance, String now, String target, long at) {
        instance.status = now;
        instance.targetStatus = target;
        instance.transitionAt = at;
    }

    /** Applies a due transition and auto-sleep. */
    private void settle(Instance instance, long now) {
        if (instance.targetStatus != null && instance.transitionAt <= now) {
            instance.status = instance.targetStatus;
            if (instance.status.equals(RUNNING)) {
                instance.lastActivity = instance.transitionAt;
            }
            instance.targetStatus = null;
            instance.transitionAt = Long.MAX_VALUE;
        }
        if (instance.status.equals(RUNNING) && sleepDeadline(instance) <= now) {
            instance.status = STOPPED;
            instance.updatedTime = sleepDeadline(instance);
        }
    }
}
