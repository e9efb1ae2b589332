package io.jenkins.plugins.codearts.client;

/** The Huawei Cloud service an operation is sent to; each has its own endpoint in {@link CodeArtsConfig}. */
public enum CloudService {
    /** CodeArts Pipeline (Doc A). */
    PIPELINE,
    /** CodeArts IDE Online (Doc B). */
    IDE,
    /** Identity and Access Management: only the token call. */
    IAM
}
