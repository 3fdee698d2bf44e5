package dev.rampart.snapshot;

import dev.rampart.RampartException;
import java.util.List;
import java.util.stream.Collectors;

/** A snapshot file that is not valid JSON or does not follow the snapshot schema; lists every problem. */
public final class InvalidSnapshotException extends RampartException {
    private final transient List<SchemaProblem> problems;

    public InvalidSnapshotException(String file, List<SchemaProblem> problems) {
        super(file + " is not a valid snapshot document (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  " + file + "#" + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidSnapshotException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** The schema problems found (empty when the file could not be read as JSON at all). */
    public List<SchemaProblem> problems() {
        return problems;
    }
}
