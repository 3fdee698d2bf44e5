package dev.rampart.rego.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus cases deliberately left out, read from {@code conformance-exclusions.txt}: one per line,
 * {@code corpus/file.yaml#note — reason}. Only what Rampart does not set out to support may be left out:
 * built-ins that need the network, time zones other than UTC, crypto and JWT, and the newer language features
 * the front end does not target ({@code import rego.v2}, {@code future.keywords.not}). Anything else that
 * fails counts against the pass rate.
 */
record Exclusions(Map<String, String> reasons) {

    static final String RESOURCE = "/dev/rampart/rego/conformance-exclusions.txt";

    static final List<String> ALLOWED_REASONS = List.of("network built-in", "non-UTC time zone", "crypto/JWT",
            "rego.v2", "future.keywords.not");

    static Exclusions load() {
        try (InputStream in = Exclusions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the file; a line without a reason, or with a reason not allowed, is an error. */
    static Exclusions parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            int dash = line.lastIndexOf(" — ");
            if (dash < 0 || !line.contains(".yaml#")) {
                problems.add("not 'corpus/file.yaml#note — reason': " + line);
                return;
            }
            String id = line.substring(0, dash).strip();
            String reason = line.substring(dash + 3).strip();
            if (ALLOWED_REASONS.stream().noneMatch(reason::startsWith)) {
                problems.add("reason must start with one of " + ALLOWED_REASONS + ": " + line);
            }
            if (out.put(id, reason) != null) {
                problems.add("listed twice: " + id);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ":\n  " + String.join("\n  ", problems));
        }
        return new Exclusions(out);
    }

    boolean excludes(CorpusCase c) {
        return reasons.containsKey(c.id());
    }

    /** Entries that name no case of the corpus (renamed or removed upstream): stale lines must go. */
    List<String> unmatched(List<CorpusCase> cases) {
        List<String> ids = cases.stream().map(CorpusCase::id).toList();
        return reasons.keySet().stream().filter(id -> !ids.contains(id)).toList();
    }
}
