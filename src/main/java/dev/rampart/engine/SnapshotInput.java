package dev.rampart.engine;

import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot as every rule of a scan reads it: converted to a value once and shared by all evaluations
 * (values are immutable), with the lookups the engine needs to turn results into findings.
 *
 * @param snapshot the snapshot
 * @param value    the snapshot document as policies see it ({@code input})
 * @param byId     resource id → resource
 * @param kinds    collection name (e.g. {@code instances}) → the ids in it, in document order; every resource
 *                 collection of the document, empty ones too
 */
public record SnapshotInput(Snapshot snapshot, Value value, Map<String, Resource> byId, Map<String, List<String>> kinds) {

    /** Top-level lists that are not resource collections. */
    private static final Set<String> NOT_RESOURCES = Set.of("gaps", "suppressions");

    public static SnapshotInput of(Snapshot snapshot) {
        Value value = Values.fromJson(SnapshotWriter.tokens(snapshot), "snapshot");
        Map<String, Resource> byId = new HashMap<>();
        snapshot.resources().forEach(r -> byId.put(r.id(), r));
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        if (value instanceof ObjectValue doc) {
            doc.forEach((k, v) -> {
                if (k instanceof StringValue name && v instanceof ArrayValue && !NOT_RESOURCES.contains(name.value())) {
                    kinds.put(name.value(), new ArrayList<>());
                }
            });
        }
        snapshot.resources().forEach(r -> kinds.computeIfAbsent(r.collection(), k -> new ArrayList<>()).add(r.id()));
        kinds.replaceAll((k, ids) -> List.copyOf(ids));
        return new SnapshotInput(snapshot, value, Map.copyOf(byId), Map.copyOf(kinds));
    }

    /** The resource with {@code id}, or null when the snapshot has none. */
    public Resource resource(String id) {
        return byId.get(id);
    }
}
