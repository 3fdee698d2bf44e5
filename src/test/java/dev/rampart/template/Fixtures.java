package dev.rampart.template;

import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the fixtures under fixtures/ for tests. */
public final class Fixtures {
    private Fixtures() {}

    public static final Path TEMPLATES = Path.of("fixtures/templates");
    public static final Path EXAMPLE = Path.of("fixtures/example/cdk.out");
    public static final Path CDK_MULTI = Path.of("fixtures/cdk-multi/cdk.out");

    public static final Clock FIXED = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    public static TemplateOptions options() {
        return TemplateOptions.defaults().withClock(FIXED);
    }

    public static TemplateOptions inEuWest1() {
        return options().withRegion("eu-west-1").withAccount("111111111111");
    }

    public static Snapshot read(TemplateOptions options, Path... inputs) {
        return TemplateSnapshotter.read(Arrays.asList(inputs), options);
    }

    public static Path template(String name) {
        return TEMPLATES.resolve(name);
    }

    /** The resource with this id, of this kind. */
    public static <R extends Resource> R find(Snapshot s, Class<R> kind, String id) {
        return s.resources().filter(kind::isInstance).map(kind::cast).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + id + " in "
                        + s.resources().map(Resource::id).toList()));
    }

    /**
     * The shared real-world templates ({@code ../shared/templates}, from a worktree also
     * {@code ../../shared/templates}), or null when this checkout has none.
     */
    public static Path sharedTemplates() {
        for (Path p : List.of(Path.of("../shared/templates"), Path.of("../../shared/templates"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    static Map<String, Long> countByKind(Snapshot s) {
        return s.resources().collect(java.util.stream.Collectors.groupingBy(Resource::collection,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
