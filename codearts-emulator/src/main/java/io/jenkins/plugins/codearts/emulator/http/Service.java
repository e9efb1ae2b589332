package io.jenkins.plugins.codearts.emulator.http;

/** Which documented service a route belongs to; decides the shape of validation errors. */
public enum Service {
    PIPELINE,
    IDE,
    IAM,
    ADMIN;

    /** Infers the service from a documented path template (the prefixes of codearts-api-operations.tsv). */
    public static Service ofPathTemplate(String template) {
        if (template.startsWith("/_emulator")) {
            return ADMIN;
        }
        if (template.startsWith("/v3/auth") || template.startsWith("/v3/projects")) {
            return IAM;
        }
        String[] ideRoots = {"/v1/codebreezetsbot", "/v1/marketplace", "/v2/aims", "/v2/extension", "/v2/fileservice",
            "/v2/instances", "/v2/permission", "/v2/stacks", "/v2/templates", "/v2/{org_id}"};
        for (String root : ideRoots) {
            if (template.equals(root) || template.startsWith(root + "/")) {
                return IDE;
            }
        }
        return PIPELINE;
    }
}
