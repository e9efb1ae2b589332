package io.jenkins.plugins.codearts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** What the commands on one existing run (wait, retry, stop, approve, logs) are given: connection flags and its ids. */
abstract class RunIdCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    RunIdOptions target;
}
