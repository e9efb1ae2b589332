package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.codearts.engine.FollowState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;

/**
 * Keeps the engine's {@link FollowState} as plain Java-serialized bytes inside a step execution. The state holds Java
 * records, which Pipeline's program pickling (JBoss Marshalling) does not reliably handle; a byte array always
 * pickles. Reading is limited to the engine's own package and the JDK types the state is made of.
 */
final class StateCodec {

    private static final ObjectInputFilter ONLY_ENGINE_STATE = ObjectInputFilter.Config.createFilter(
            "io.jenkins.plugins.codearts.engine.*;java.lang.*;java.util.*;java.lang.Record;maxdepth=20;maxbytes=8388608;!*");

    private StateCodec() {
    }

    /** Resolves classes through the plugin's class loader, where the bundled engine lives. */
    private static final class PluginObjectInputStream extends ObjectInputStream {
        PluginObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, StateCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }

    static byte[] encode(FollowState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialize " + state, e);
        }
        return bytes.toByteArray();
    }

    static @CheckForNull FollowState decode(@CheckForNull byte[] encoded) {
        if (encoded == null) {
            return null;
        }
        try (ObjectInputStream in = new PluginObjectInputStream(new ByteArrayInputStream(encoded))) {
            in.setObjectInputFilter(ONLY_ENGINE_STATE);
            return (FollowState) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("The saved CodeArts follow state could not be read: " + e, e);
        }
    }
}
