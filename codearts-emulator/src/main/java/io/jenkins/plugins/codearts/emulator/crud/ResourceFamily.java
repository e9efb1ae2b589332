package io.jenkins.plugins.codearts.emulator.crud;

import java.util.List;

/** One chapter's worth of endpoints with the in-memory state they share. */
interface ResourceFamily {
    List<CrudRoute> routes();
}
