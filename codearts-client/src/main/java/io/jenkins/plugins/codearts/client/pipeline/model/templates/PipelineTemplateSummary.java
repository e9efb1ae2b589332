package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One template in the listPipelineTemplates page (PipelineTemplateSimpleVO).
 *
 * @param id template id.
 * @param name template name.
 * @param icon icon name.
 * @param manifestVersion manifest version, e.g. 3.0.
 * @param language language.
 * @param description description.
 * @param isSystem whether it is a system template.
 * @param region region, "system" for system templates.
 * @param domainId owning tenant id.
 * @param creatorId creator id.
 * @param creatorName creator name.
 * @param updaterId last updater id. Also read as {@code update_id}.
 * @param createTime creation time, epoch ms.
 * @param updateTime update time, epoch ms.
 * @param isCollect whether the caller marked it as a favourite.
 * @param isShowSource whether the pipeline source is shown (typed String in the table, null or Boolean in examples).
 * @param stages stage summaries.
 */
public record PipelineTemplateSummary(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("icon") String icon,
        @JsonProperty("manifest_version") String manifestVersion,
        @JsonProperty("language") String language,
        @JsonProperty("description") String description,
        @JsonProperty("is_system") Boolean isSystem,
        @JsonProperty("region") String region,
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("creator_id") String creatorId,
        @JsonProperty("creator_name") String creatorName,
        @JsonProperty("updater_id") @JsonAlias({"update_id"}) String updaterId,
        @JsonProperty("create_time") Long createTime,
        @JsonProperty("update_time") Long updateTime,
        @JsonProperty("is_collect") Boolean isCollect,
        @JsonProperty("is_show_source") Boolean isShowSource,
        @JsonProperty("stages") List<TemplateStage> stages) {
}
