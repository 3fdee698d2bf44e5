package dev.rampart.template.map;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Location;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.List;

/** Collects the gaps of one run: every value that became {@code null} because it could not be resolved. */
public final class GapSink {
    private final List<Gap> gaps = new ArrayList<>();

    /**
     * Records that field {@code pointer} of {@code resourceId} is unknown; the gap's location is where the
     * unresolvable expression is, in the stack and construct of {@code owner}.
     */
    public void unresolved(String resourceId, String pointer, Value.Unknown why, Location owner) {
        Location at = why.at() == null
                ? owner
                : new Location(why.at().file(), why.at().line(), why.at().column(), owner.stack(), owner.logicalId(),
                        owner.constructPath(), null);
        gaps.add(Gap.unresolved(resourceId, pointer, why.reason(), at));
    }

    /** Records a gap with a reason of its own (no single expression to point at). */
    public void note(String resourceId, String pointer, String reason, Location at) {
        gaps.add(Gap.unresolved(resourceId, pointer, reason, at));
    }

    public List<Gap> gaps() {
        return List.copyOf(gaps);
    }
}
