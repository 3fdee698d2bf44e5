package dev.rampart.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes snapshot documents: pretty-printed JSON with keys in the documented order and resources sorted
 * by id, so the same snapshot always gives the same bytes.
 */
public final class SnapshotWriter {
    private SnapshotWriter() {}

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The document as JSON text, ending with a newline. */
    public static String toJson(Snapshot snapshot) {
        StringWriter out = new StringWriter(1 << 16);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PrettyPrinting.printer());
            RecordJsonWriter.write(g, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Writes the document to {@code out} (UTF-8); the stream is left open. */
    public static void write(Snapshot snapshot, OutputStream out) throws IOException {
        out.write(toJson(snapshot).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
