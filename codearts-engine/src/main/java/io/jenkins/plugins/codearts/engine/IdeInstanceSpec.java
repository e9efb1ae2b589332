package io.jenkins.plugins.codearts.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What createIdeInstance needs: the tenant (org) id, a display name, a tech stack, and the size. Defaults: x86,
 * 2U4G, 5GB disk, auto-sleep after 30 minutes. Build with {@link #builder(String, String, String)}.
 */
public final class IdeInstanceSpec {

    private static final Set<String> CPU_MEMORY = Set.of("1U1G", "2U4G", "2U8G", "4U8G");
    private static final Set<String> PVC = Set.of("5GB", "10GB", "20GB");
    private static final Set<String> REFRESH = Set.of("30", "60", "240", "1440", "-1");

    private final String orgId;
    private final String displayName;
    private final String stackId;
    private final String arch;
    private final String cpuMemory;
    private final String pvcQuantity;
    private final String refreshInterval;
    private final String description;
    private final Boolean temporary;
    private final String labelTag;
    private final List<String> plugins;
    private final Map<String, String> pluginVars;

    private IdeInstanceSpec(Builder b) {
        this.orgId = b.orgId;
        this.displayName = b.displayName;
        this.stackId = b.stackId;
        this.arch = b.arch;
        this.cpuMemory = b.cpuMemory;
        this.pvcQuantity = b.pvcQuantity;
        this.refreshInterval = b.refreshInterval;
        this.description = b.description;
        this.temporary = b.temporary;
        this.labelTag = b.labelTag;
        this.plugins = List.copyOf(b.plugins);
        this.pluginVars = Collections.unmodifiableMap(new LinkedHashMap<>(b.pluginVars));
    }

    /**
     * @param orgId tenant id (the account's domain id)
     * @param displayName 3 to 100 characters
     * @param stackId a stack id from listStacksByTag
     */
    public static Builder builder(String orgId, String displayName, String stackId) {
        return new Builder(orgId, displayName, stackId);
    }

    public String orgId() {
        return orgId;
    }

    public String displayName() {
        return displayName;
    }

    public String stackId() {
        return stackId;
    }

    public String arch() {
        return arch;
    }

    public String cpuMemory() {
        return cpuMemory;
    }

    public String pvcQuantity() {
        return pvcQuantity;
    }

    public String refreshInterval() {
        return refreshInterval;
    }

    public String description() {
        return description;
    }

    public Boolean temporary() {
        return temporary;
    }

    public String labelTag() {
        return labelTag;
    }

    public List<String> plugins() {
        return plugins;
    }

    /** Plug-in variables may hold secrets: {@link #toString()} shows their names only. */
    public Map<String, String> pluginVars() {
        return pluginVars;
    }

    @Override
    public String toString() {
        return "IdeInstanceSpec{org " + orgId + ", '" + displayName + "', stack " + stackId + ", " + arch + " "
                + cpuMemory + " " + pvcQuantity + ", sleep " + refreshInterval + " min, plugin vars "
                + pluginVars.keySet() + "}";
    }

    /** Builder; values are checked against the documented enumerations with errors naming field and choices. */
    public static final class Builder {
        private final String orgId;
        private final String displayName;
        private final String stackId;
        private String arch = "x86";
        private String cpuMemory = "2U4G";
        private String pvcQuantity = "5GB";
        private String refreshInterval = "30";
        private String description;
        private Boolean temporary;
        private String labelTag;
        private final List<String> plugins = new ArrayList<>();
        private final Map<String, String> pluginVars = new LinkedHashMap<>();

        private Builder(String orgId, String displayName, String stackId) {
            this.orgId = ArgumentChecks.requireText("orgId", orgId, "the tenant id (the account's domain id)");
            String name = ArgumentChecks.requireText("displayName", displayName, "a name of 3 to 100 characters");
            if (name.length() < 3 || name.length() > 100) {
                throw new IllegalArgumentException("displayName '" + name + "' has " + name.length()
                        + " characters; use 3 to 100");
            }
            this.displayName = name;
            this.stackId = ArgumentChecks.requireText("stackId", stackId, "a stack id from listStacksByTag");
        }

        public Builder arch(String value) {
            if (!"x86".equals(value) && !"arm".equals(value)) {
                throw new IllegalArgumentException("arch is '" + value + "'; use x86 or arm");
            }
            this.arch = value;
            return this;
        }

        public Builder cpuMemory(String value) {
            if (!CPU_MEMORY.contains(value)) {
                throw new IllegalArgumentException("cpuMemory is '" + value + "'; use one of 1U1G, 2U4G, 2U8G (x86) or "
                        + "4U8G (arm)");
            }
            this.cpuMemory = value;
            return this;
        }

        public Builder pvcQuantity(String value) {
            if (!PVC.contains(value)) {
                throw new IllegalArgumentException("pvcQuantity is '" + value + "'; use 5GB, 10GB or 20GB");
            }
            this.pvcQuantity = value;
            return this;
        }

        /** Minutes of inactivity before the instance sleeps: 30, 60, 240, 1440, or -1 for never (x86 only). */
        public Builder refreshInterval(String value) {
            if (!REFRESH.contains(value)) {
                throw new IllegalArgumentException("refreshInterval is '" + value
                        + "'; use 30, 60, 240, 1440 or -1 (never; x86 only)");
            }
            this.refreshInterval = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder temporary(Boolean value) {
            this.temporary = value;
            return this;
        }

        public Builder labelTag(String value) {
            this.labelTag = value;
            return this;
        }

        public Builder plugin(String pluginId) {
            plugins.add(ArgumentChecks.requireText("plugin_enable_list[]", pluginId, "a marketplace extension id"));
            return this;
        }

        public Builder pluginVar(String name, String value) {
            pluginVars.put(ArgumentChecks.requireText("plugin_vars name", name, "a variable name"), value);
            return this;
        }

        public IdeInstanceSpec build() {
            if ("arm".equals(arch) && !"4U8G".equals(cpuMemory)) {
                throw new IllegalArgumentException("cpuMemory is '" + cpuMemory + "' with arch arm; arm supports 4U8G "
                        + "only");
            }
            if ("x86".equals(arch) && "4U8G".equals(cpuMemory)) {
                throw new IllegalArgumentException("cpuMemory is '4U8G' with arch x86; use 1U1G, 2U4G or 2U8G, or "
                        + "arch arm");
            }
            if ("arm".equals(arch) && !Set.of("30", "60").contains(refreshInterval)) {
                throw new IllegalArgumentException("refreshInterval is '" + refreshInterval + "' with arch arm; arm "
                        + "supports 30 or 60");
            }
            return new IdeInstanceSpec(this);
        }
    }
}
