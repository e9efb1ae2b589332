package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of showPipelineTemplateDetail (doc A 4.1.3).
 *
 * @param id template id.
 * @param name template name.
 * @param icon icon.
 * @param manifestVersion manifest version.
 * @param language language.
 * @param description description.
 * @param isSystem whether it is a system template.
 * @param region region.
 * @param domainId tenant id.
 * @param variables custom parameters.
 * @param creatorId creator id.
 * @param updaterId updater id. Also read as {@code update_id}.
 * @param createTime creation time, epoch ms.
 * @param updateTime update time, epoch ms.
 * @param isCollect favourite flag (typed String in the table, null in the example).
 * @param isShowSource whether the pipeline source is shown.
 * @param definition stage orchestration as a JSON string.
 */
public record PipelineTemplateDetail(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("icon") String icon,
        @JsonProperty("manifest_version") String manifestVersion,
        @JsonProperty("language") String language,
        @JsonProperty("description") String description,
        @JsonProperty("is_system") Boolean isSystem,
        @JsonProperty("region") String region,
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("variables") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<TemplateVariable> variables,
        @JsonProperty("creator_id") String creatorId,
        @JsonProperty("updater_id") @JsonAlias({"update_id"}) String updaterId,
        @JsonProperty("create_time") Long createTime,
        @JsonProperty("update_time") Long updateTime,
        @JsonProperty("is_collect") Boolean isCollect,
        @JsonProperty("is_show_source") Boolean isShowSource,
        @JsonProperty("definition") String definition) {
}
