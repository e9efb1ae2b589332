package io.jenkins.plugins.codearts.client;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Default endpoints per region. CodeArts Pipeline is offered in the regions below; IDE Online only in cn-north-4,
 * so its endpoint is the same for every region.
 */
public final class Regions {

    /** The only IDE Online endpoint. */
    public static final String IDE_ENDPOINT = "https://cloudide.cn-north-4.myhuaweicloud.com";

    private static final Map<String, String> PIPELINE_HOSTS = new TreeMap<>();

    static {
        for (String region : new String[] {"cn-north-1", "cn-north-4", "cn-south-1", "cn-south-2", "cn-east-2",
                "cn-east-3", "cn-southwest-2", "ap-southeast-3", "sa-brazil-1", "la-north-2"}) {
            PIPELINE_HOSTS.put(region, "cloudpipeline-ext." + region + ".myhuaweicloud.com");
        }
        for (String region : new String[] {"tr-west-1", "la-south-2"}) {
            PIPELINE_HOSTS.put(region, "pipeline-external." + region + ".myhuaweicloud.com");
        }
        PIPELINE_HOSTS.put("eu-west-101", "pipeline-external.eu-west-101.myhuaweicloud.eu");
    }

    private Regions() {
    }

    /** Regions with a known CodeArts Pipeline endpoint, sorted. */
    public static Set<String> known() {
        return java.util.Collections.unmodifiableSet(PIPELINE_HOSTS.keySet());
    }

    public static boolean isKnown(String region) {
        return region != null && PIPELINE_HOSTS.containsKey(region);
    }

    /** {@code https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com} and the like. */
    public static Optional<String> pipelineEndpoint(String region) {
        return Optional.ofNullable(region == null ? null : PIPELINE_HOSTS.get(region)).map(host -> "https://" + host);
    }

    /** {@code https://iam.<region>.myhuaweicloud.com}; the EU region lives under {@code .myhuaweicloud.eu}. */
    public static Optional<String> iamEndpoint(String region) {
        if (!isKnown(region)) {
            return Optional.empty();
        }
        String suffix = region.equals("eu-west-101") ? "myhuaweicloud.eu" : "myhuaweicloud.com";
        return Optional.of("https://iam." + region + "." + suffix);
    }

    /** The IDE Online endpoint; the service exists only in cn-north-4. */
    public static String ideEndpoint() {
        return IDE_ENDPOINT;
    }
}
