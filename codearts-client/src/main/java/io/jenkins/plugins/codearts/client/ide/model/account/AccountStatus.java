package io.jenkins.plugins.codearts.client.ide.model.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Account permissions (doc B 4.4.1).
 *
 * @param curOrgCreateRole whether the user may create instances.
 * @param curOrgOpen whether the tenant has subscribed.
 * @param hasFreeTrial whether a free trial is available.
 * @param showManage whether the management entry is shown.
 */
public record AccountStatus(
        @JsonProperty("cur_org_create_role") Boolean curOrgCreateRole,
        @JsonProperty("cur_org_open") Boolean curOrgOpen,
        @JsonProperty("has_free_trial") Boolean hasFreeTrial,
        @JsonProperty("show_manage") Boolean showManage) {
}
