package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

/**
 * Query options of createCodeGenerationRequest (doc B 4.7.2); every one is optional.
 *
 * @param topn number of samples (tasks) to generate ({@code topn})
 * @param scenario scenario ({@code scenario})
 * @param resubmit true skips de-duplication of an identical request ({@code resubmit})
 * @param modelId model id ({@code model_id})
 * @param requestType {@code function} or {@code rawtext} ({@code request_type})
 */
public record CodeGenerationOptions(Integer topn, String scenario, Boolean resubmit, String modelId,
        String requestType) {

    /** No options: the server's defaults. */
    public static CodeGenerationOptions none() {
        return new CodeGenerationOptions(null, null, null, null, null);
    }
}
