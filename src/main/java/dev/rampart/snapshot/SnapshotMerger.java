package dev.rampart.snapshot;

import dev.rampart.RampartException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins several snapshots into one: sources combined (kinds, accounts, regions, files, stacks, counts),
 * resources de-duplicated by id, gaps kept.
 */
public final class SnapshotMerger {
    private SnapshotMerger() {}

    /**
     * Merges {@code parts} (at least one).
     *
     * @throws RampartException when two parts hold different resources under the same id
     */
    public static Snapshot merge(List<Snapshot> parts, String toolVersion, Instant generatedAt) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        Set<Source.Kind> kinds = new LinkedHashSet<>();
        Set<String> accounts = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        Set<String> files = new LinkedHashSet<>();
        Set<StackInfo> stacks = new LinkedHashSet<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        Map<String, Resource> resources = new LinkedHashMap<>();
        Set<Gap> gaps = new LinkedHashSet<>();
        Set<Suppression> suppressions = new LinkedHashSet<>();
        for (Snapshot part : parts) {
            Source s = part.source();
            kinds.add(s.kind());
            accounts.addAll(s.accounts());
            regions.addAll(s.regions());
            files.addAll(s.files());
            stacks.addAll(s.stacks());
            s.unsupportedResourceTypes().forEach((type, n) -> unsupported.merge(type, n, Integer::sum));
            part.resources().forEach(r -> {
                Resource before = resources.putIfAbsent(r.id(), r);
                if (before != null && !before.equals(r)) {
                    throw new RampartException("resource " + r.id() + " appears in two inputs with different content;"
                            + " each resource may come from one input only");
                }
            });
            gaps.addAll(part.gaps());
            suppressions.addAll(part.suppressions());
        }
        Source.Kind kind = kinds.size() == 1 ? kinds.iterator().next() : Source.Kind.MIXED;
        Source source = new Source(kind, toolVersion, generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
                new ArrayList<>(accounts), new ArrayList<>(regions), new ArrayList<>(files), new ArrayList<>(stacks),
                unsupported);
        return Snapshot.of(source, resources.values(), new ArrayList<>(gaps), new ArrayList<>(suppressions));
    }
}
