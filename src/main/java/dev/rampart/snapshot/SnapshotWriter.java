package dev.rampart.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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

    /**
     * The document as a stream of JSON tokens, without writing it out as text: what a reader that builds values
     * from tokens needs (the policies' input), minus the printing and re-parsing of every string and number.
     */
    public static JsonParser tokens(Snapshot snapshot) {
        TokenBuffer buffer = new TokenBuffer((ObjectCodec) null, false);
        try {
            RecordJsonWriter.write(buffer, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.asParser();
    }

    /** Writes the document to {@code out} (UTF-8); the stream is left open. */
    public static void write(Snapshot snapshot, OutputStream out) throws IOException {
        out.write(toJson(snapshot).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
