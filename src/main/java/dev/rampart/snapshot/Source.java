package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * Where a snapshot's resources came from.
 *
 * @param generatedAt when the document was written (RFC 3339, UTC)
 * @param files template files read, as given (relative stays relative, {@code /} separators)
 * @param unsupportedResourceTypes template resource type → count, for types Rampart does not model
 */
public record Source(
        Kind kind,
        String toolVersion,
        String generatedAt,
        List<String> accounts,
        List<String> regions,
        List<String> files,
        List<StackInfo> stacks,
        Map<String, Integer> unsupportedResourceTypes) {
    public Source {
        accounts = Copies.list(accounts);
        regions = Copies.list(regions);
        files = Copies.list(files);
        stacks = Copies.list(stacks);
        unsupportedResourceTypes = Copies.sortedMap(unsupportedResourceTypes);
    }

    /** The kind of source; {@code mixed} after merging snapshots of different kinds. */
    public enum Kind implements JsonEnum {
        TEMPLATE("template"),
        AWS("aws"),
        MIXED("mixed");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static Kind fromJson(String text) {
            return JsonEnum.fromJson(Kind.class, text);
        }
    }
}
