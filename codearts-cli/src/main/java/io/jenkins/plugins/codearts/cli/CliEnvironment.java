package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.SecretPrompt;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a command takes from the outside world, so tests can run the CLI in-process with their own
 * environment variables, streams and home directory instead of the JVM's.
 *
 * @param env            environment variables
 * @param out            standard output (results, logs)
 * @param err            standard error (diagnostics)
 * @param in             standard input (request bodies with {@code --body -})
 * @param interactive    whether a person sits at a terminal ({@code System.console() != null})
 * @param home           the user's home directory, where {@code .codearts/config.properties} is looked up
 * @param prompt         asks for a missing secret without echoing it
 * @param abortController the path Ctrl-C takes to stop the operation in progress
 * @param clock          for elapsed times
 * @param secrets        every secret seen so far; standard output and error mask through it
 */
public record CliEnvironment(
        Map<String, String> env,
        PrintStream out,
        PrintStream err,
        InputStream in,
        boolean interactive,
        Path home,
        SecretPrompt prompt,
        AbortController abortController,
        Clock clock,
        Secrets secrets) {

    public CliEnvironment {
        env = Map.copyOf(env);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(abortController, "abortController");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(secrets, "secrets");
    }

    public CliEnvironment(Map<String, String> env, PrintStream out, PrintStream err, InputStream in,
            boolean interactive, Path home, SecretPrompt prompt, AbortController abortController, Clock clock) {
        this(env, out, err, in, interactive, home, prompt, abortController, clock, new Secrets());
    }

    /** The real process: System streams, the real environment, the console for prompts. */
    public static CliEnvironment system() {
        // Straight to the file descriptors: System.out encodes with the locale's charset, which is ASCII without one.
        return new CliEnvironment(System.getenv(), new PrintStream(new FileOutputStream(FileDescriptor.out), true),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true), System.in, System.console() != null,
                Path.of(System.getProperty("user.home")), SecretPrompt.console(), new AbortController(),
                Clock.systemUTC());
    }

    /** For running commands from Java code (and tests): given variables and streams, no terminal, no prompt. */
    public static CliEnvironment nonInteractive(Map<String, String> env, PrintStream out, PrintStream err, Path home) {
        return new CliEnvironment(env, out, err, InputStream.nullInputStream(), false, home, SecretPrompt.none(),
                new AbortController(), Clock.systemUTC());
    }

    public CliEnvironment withIn(InputStream newIn) {
        return new CliEnvironment(env, out, err, newIn, interactive, home, prompt, abortController, clock, secrets);
    }

    /**
     * This environment with standard output and error masking every secret in {@link #secrets()} and writing UTF-8,
     * whatever the locale. Every command runs with these streams.
     */
    public CliEnvironment masked() {
        secrets.addFromEnvironment(env);
        if (out instanceof MaskingOutputStream.Masked && err instanceof MaskingOutputStream.Masked) {
            return this;
        }
        return new CliEnvironment(env, MaskingOutputStream.printStream(out, secrets),
                MaskingOutputStream.printStream(err, secrets), in, interactive, home, prompt, abortController, clock,
                secrets);
    }

    @Override
    public String toString() {
        // Environment variables hold secrets: never print them.
        return "CliEnvironment[home=" + home + ", interactive=" + interactive + ", env=" + env.size() + " variables]";
    }
}
