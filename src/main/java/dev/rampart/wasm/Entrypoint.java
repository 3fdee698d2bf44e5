package dev.rampart.wasm;

import dev.rampart.rego.CompiledQuery;

/** Something a compiled module can evaluate: the value of a document, or the solutions of a query. */
public sealed interface Entrypoint {

    /** The name callers use, e.g. {@code rampart/net_001/deny}. */
    String name();

    /**
     * The value of a document under {@code data}, virtual or base: {@code new Document("rampart/net_001/deny",
     * "data.rampart.net_001.deny")}.
     */
    record Document(String name, String path) implements Entrypoint {
        /** The entrypoint of a data path, named as OPA names entrypoints ({@code data.a.b} → {@code a/b}). */
        public static Document of(String path) {
            String p = path.startsWith("data.") ? path.substring(5) : path;
            return new Document(p.replace('.', '/'), path.startsWith("data.") ? path : "data." + path);
        }
    }

    /** The solutions of a query: an array of objects, one per solution, binding each query variable. */
    record Query(String name, CompiledQuery query) implements Entrypoint {}
}
