package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.model.UploadFile;

/**
 * One chunk of the unified chunked upload (uploadFileChunk, doc B 4.6.16), sent as multipart form fields. The first
 * chunk has no task id; the response's {@code task_id} goes with every later chunk and with publishExtension.
 *
 * @param file the chunk's bytes (form field {@code file}), streamed
 * @param publisherId publisher id, required when a user token is used
 * @param chunkIndex 1-based chunk number, 1 to 100
 * @param merge whether to merge the chunks uploaded so far, including this one
 * @param totalChunkNumber number of chunks, 0 to 100
 * @param parentFileSize size of the whole file in bytes
 * @param parentFileName name of the whole file
 * @param override whether to overwrite an existing file
 * @param chunkMd5 MD5 of this chunk (integrity check)
 * @param parentFileSha256 optional SHA-256 of the merged file
 * @param taskId upload task id; null on the first chunk
 */
public record FileChunkUpload(UploadFile file, String publisherId, long chunkIndex, boolean merge,
        long totalChunkNumber, long parentFileSize, String parentFileName, boolean override, String chunkMd5,
        String parentFileSha256, String taskId) {

    private static final String OPERATION = "uploadFileChunk";

    public FileChunkUpload {
        RequiredFields.check(file, "file", OPERATION, "FileChunkUpload");
        RequiredFields.check(parentFileName, "parent_file_name", OPERATION, "FileChunkUpload");
        RequiredFields.check(chunkMd5, "chunk_md5", OPERATION, "FileChunkUpload");
        if (chunkIndex < 1 || chunkIndex > 100) {
            throw new CodeArtsInvalidArgumentException(OPERATION, "chunk_index", String.valueOf(chunkIndex),
                    "must be between 1 and 100 (the document's range; split larger files into bigger chunks)");
        }
        if (totalChunkNumber < 0 || totalChunkNumber > 100) {
            throw new CodeArtsInvalidArgumentException(OPERATION, "total_chunk_num", String.valueOf(totalChunkNumber),
                    "must be between 0 and 100");
        }
        if (parentFileSize < 0) {
            throw new CodeArtsInvalidArgumentException(OPERATION, "parent_file_size", String.valueOf(parentFileSize),
                    "must be the size of the whole file in bytes");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; {@code file}, {@code chunkIndex}, {@code parentFileName} and {@code chunkMd5} are mandatory. */
    public static final class Builder {
        private UploadFile file;
        private String publisherId;
        private long chunkIndex;
        private boolean merge;
        private long totalChunkNumber;
        private long parentFileSize;
        private String parentFileName;
        private boolean override;
        private String chunkMd5;
        private String parentFileSha256;
        private String taskId;

        private Builder() {
        }

        public Builder file(UploadFile file) {
            this.file = file;
            return this;
        }

        public Builder publisherId(String publisherId) {
            this.publisherId = publisherId;
            return this;
        }

        public Builder chunkIndex(long chunkIndex) {
            this.chunkIndex = chunkIndex;
            return this;
        }

        public Builder merge(boolean merge) {
            this.merge = merge;
            return this;
        }

        public Builder totalChunkNumber(long totalChunkNumber) {
            this.totalChunkNumber = totalChunkNumber;
            return this;
        }

        public Builder parentFileSize(long parentFileSize) {
            this.parentFileSize = parentFileSize;
            return this;
        }

        public Builder parentFileName(String parentFileName) {
            this.parentFileName = parentFileName;
            return this;
        }

        public Builder override(boolean override) {
            this.override = override;
            return this;
        }

        public Builder chunkMd5(String chunkMd5) {
            this.chunkMd5 = chunkMd5;
            return this;
        }

        public Builder parentFileSha256(String parentFileSha256) {
            this.parentFileSha256 = parentFileSha256;
            return this;
        }

        public Builder taskId(String taskId) {
            this.taskId = taskId;
            return this;
        }

        public FileChunkUpload build() {
            return new FileChunkUpload(file, publisherId, chunkIndex, merge, totalChunkNumber, parentFileSize,
                    parentFileName, override, chunkMd5, parentFileSha256, taskId);
        }
    }
}
