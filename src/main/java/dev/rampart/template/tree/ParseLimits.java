package dev.rampart.template.tree;

/**
 * What a template file may cost to read; beyond these, parsing stops with a {@link TemplateLimitException}
 * instead of exhausting memory or the stack.
 *
 * @param maxFileBytes largest file accepted
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxYamlAliases most YAML aliases to collections (snakeyaml-engine's alias-bomb guard)
 */
public record ParseLimits(long maxFileBytes, int maxDepth, int maxYamlAliases) {
    /** 50 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public static final int DEFAULT_MAX_DEPTH = 200;

    public static final int DEFAULT_MAX_YAML_ALIASES = 100;

    public static final ParseLimits DEFAULTS =
            new ParseLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_YAML_ALIASES);

    public ParseLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxYamlAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits with another file size limit. */
    public ParseLimits withMaxFileBytes(long bytes) {
        return new ParseLimits(bytes, maxDepth, maxYamlAliases);
    }
}
