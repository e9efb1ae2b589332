/**
 * A local, stateful CodeArts server for tests and demos: {@link io.jenkins.plugins.codearts.emulator.CodeArtsEmulator}
 * builds and starts it, one port serving the Pipeline, IDE Online and IAM paths and the {@code /_emulator} admin API.
 *
 * <p>Javadoc in these packages cites the two API documents by label and chapter, as numbered in the documents:
 * <ul>
 *   <li><b>Doc A</b>: <i>CodeArts Pipeline API Reference</i> (English, 2023-11-30); {@code Doc A §4.9} is its chapter
 *       4.9, {@code Doc A table 4-52} its table 4-52.</li>
 *   <li><b>Doc B</b>: <i>CodeArts IDE Online API</i> (Chinese, 2023-06-16); {@code Doc B §4.6} is its chapter 4.6.</li>
 * </ul>
 * Every operation, with its document chapter and path, is listed in {@code docs/reference/codearts-api-operations.tsv};
 * {@code docs/emulator.md} describes the emulator.
 */
package io.jenkins.plugins.codearts.emulator;
