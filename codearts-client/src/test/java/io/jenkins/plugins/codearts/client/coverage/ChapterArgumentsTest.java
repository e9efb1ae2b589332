package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FileChunkUpload;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReportEvaluationRequest;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetFilter;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input to the chapter calls fails before anything is sent, with a message naming the operation, the field,
 * the value and what to do.
 */
class ChapterArgumentsTest {

    @RegisterExtension
    static final LoopbackServer loopback = new LoopbackServer();

    @AfterEach
    void nothingWasSent() {
        assertThat(loopback.server().getRequestCount()).as("no request reaches the server").isZero();
    }

    @Test
    void missingMandatoryBodyFieldNamesTheFieldAndTheRequestType() {
        assertThatThrownBy(() -> RuleRequest.builder().name("rule").layoutContent("x").content(List.of()).build())
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("createRule/updateRule")
                .hasMessageContaining("invalid type")
                .hasMessageContaining("mandatory")
                .hasMessageContaining("RuleRequest");
    }

    @Test
    void blankMandatoryStringIsShownWithItsValue() {
        assertThatThrownBy(() -> PipelineTemplateRequest.builder().name("  ").language("Java").definition("{}")
                .isSystem(false).domainId("d").isShowSource(true).build())
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("invalid name '\"  \"'")
                .hasMessageContaining("is blank");
    }

    @Test
    void blankPathIdIsRejectedBeforeSending() {
        assertThatThrownBy(() -> loopback.client().pipeline().rules().showRuleDetail("domain-1", " "))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("showRuleDetail")
                .hasMessageContaining("rule_id");
    }

    @Test
    void idWithSlashIsRejectedBeforeSending() {
        assertThatThrownBy(() -> loopback.client().pipeline().templates().showPipelineTemplateDetail("tenant-1", "a/b"))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("template_id 'a/b'");
    }

    @Test
    void negativeOffsetAndZeroLimitAreRejected() {
        assertThatThrownBy(() -> loopback.client().pipeline().rules().listRules("domain-1", null, null, null, -1, 10))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("listRules: invalid offset '-1'")
                .hasMessageContaining("first page starts at offset 0");
        assertThatThrownBy(() -> loopback.client().pipeline().publishers().listPublishers("domain-1", null, 0, 0))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("listPublishers: invalid limit '0'");
    }

    @Test
    void projectRuleSetsRefuseTheTenantOnlyFilter() {
        assertThatThrownBy(() -> loopback.client().pipeline().projectRuleSets().listProjectRuleSets("project-1",
                new RuleSetFilter(true, null, null, null, "cp-1"), 0, 10))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("cloud_project_id 'cp-1'")
                .hasMessageContaining("leave it null");
    }

    @Test
    void reportWithoutAnyIdSaysWhichIdsToGive() {
        assertThatThrownBy(() -> loopback.client().ide().marketplace().reportEvaluation(
                new ReportEvaluationRequest("spam", null, " ")))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("reportEvaluation")
                .hasMessageContaining("evaluation_id")
                .hasMessageContaining("reply_id");
    }

    @Test
    void chunkIndexOutsideTheDocumentedRangeIsRejected() {
        assertThatThrownBy(() -> FileChunkUpload.builder()
                .file(UploadFile.of("part", new ByteArrayInputStream(new byte[1]), 1, null))
                .chunkIndex(0).parentFileName("f.zip").chunkMd5("00").build())
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("uploadFileChunk: invalid chunk_index '0'")
                .hasMessageContaining("between 1 and 100");
    }

    @Test
    void missingUploadFileNamesThePath() {
        Path missing = Path.of("does-not-exist", "plugin.zip");
        assertThatThrownBy(() -> UploadFile.of(missing))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not a readable regular file");
    }

    @Test
    void missingRequestBodyOrUploadIsNamed() {
        assertThatThrownBy(() -> loopback.client().pipeline().rules().createRule("domain-1", null))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("createRule: invalid request body: is missing");
        assertThatThrownBy(() -> loopback.client().pipeline().extensions().createPluginDraft("domain-1", null))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("createPluginDraft: invalid request body: is missing");
        assertThatThrownBy(() -> loopback.client().pipeline().extensions().uploadPluginIcon("domain-1", "p", null))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("invalid upload file: is missing; pass UploadFile.of(path)");
        assertThatThrownBy(() -> loopback.client().ide().marketplace().uploadFileChunk(null))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("uploadFileChunk: invalid chunk: is missing");
    }

    @Test
    void listingCategoriesFromPageZeroIsRejected() {
        assertThatThrownBy(() -> loopback.client().ide().marketplace().listExtensionCategories(0, 10, null, null, null))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("page_num '0'")
                .hasMessageContaining("numbered from 1");
    }
}
