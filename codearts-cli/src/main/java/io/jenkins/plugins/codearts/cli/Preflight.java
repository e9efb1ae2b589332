package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.ResourceIds;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Checks of the command line made before anything is sent, so a typo never leaves a remote run behind. */
final class Preflight {

    private Preflight() {
    }

    /** An id flag: present, not blank, one path segment, printable (the client's own rule). */
    static String id(String flag, String value) {
        try {
            return ResourceIds.requireValid(flag, value);
        } catch (CodeArtsInvalidArgumentException invalid) {
            throw new CliException(ExitCodes.USAGE, invalid.getMessage().replace("pass the " + flag, "pass " + flag
                    + " ID"));
        }
    }

    /**
     * {@code --result-file}: the directory is created and the file opened for writing now, so an unwritable path is a
     * usage error before the run starts rather than a failure after it ended. An existing file is left as it is.
     */
    static void writable(String flag, Path file) {
        if (file == null) {
            return;
        }
        try {
            if (Files.isDirectory(file)) {
                throw new CliException(ExitCodes.USAGE, flag + " " + file + " is a directory; give a file path such as "
                        + file.resolve("result.json"));
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean existed = Files.exists(file);
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
            if (!existed) {
                Files.delete(file);
            }
        } catch (IOException | SecurityException e) {
            throw new CliException(ExitCodes.USAGE, flag + " " + file + " cannot be written ("
                    + ErrorMessages.describe(e) + "); choose a writable path");
        }
    }

    /** {@code --repo-url}: the runPipeline document asks for the repository's HTTPS address. */
    static String repositoryUrl(String value) {
        String problem;
        try {
            URI uri = new URI(value.trim());
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                problem = "is not an HTTPS address";
            } else if (uri.getHost() == null) {
                problem = "has no host name";
            } else if (uri.getPath() == null || uri.getPath().length() <= 1) {
                problem = "has no repository path";
            } else {
                return value.trim();
            }
        } catch (URISyntaxException e) {
            problem = "is not a URL (" + e.getReason() + ")";
        }
        throw new CliException(ExitCodes.USAGE, "--repo-url '" + value + "' " + problem
                + "; give the repository's HTTPS clone URL, e.g. https://codehub.example.com/group/app.git");
    }
}
