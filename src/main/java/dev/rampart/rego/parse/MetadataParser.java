package dev.rampart.rego.parse;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Comment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds {@code # METADATA} comment blocks and reads their YAML. A block starts at a comment whose text is
 * {@code METADATA} and continues over comments on the following lines that start in column 1.
 */
final class MetadataParser {

    /** Deeper YAML nesting is refused: the YAML library recurses without a bound. */
    private static final int MAX_NESTING = 64;

    /** A parsed block, not yet attached to a statement (scope may be null). */
    record Block(Annotation annotation, String scopeText) {}

    /** Blocks found, and errors for the malformed ones. */
    record Result(List<Block> blocks, List<RegoError> errors) {}

    private MetadataParser() {}

    static Result parse(List<Comment> comments) {
        List<List<Comment>> blocks = new ArrayList<>();
        List<Comment> current = null;
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (current != null) {
                Comment prev = comments.get(i - 1);
                if (c.location().line() == prev.location().line() + 1 && c.location().column() == 1) {
                    current.add(c);
                    continue;
                }
                current = null;
            }
            if (c.text().strip().startsWith("METADATA")) {
                current = new ArrayList<>();
                current.add(c);
                blocks.add(current);
            }
        }
        List<Block> out = new ArrayList<>();
        List<RegoError> errors = new ArrayList<>();
        for (List<Comment> b : blocks) {
            try {
                out.add(parseBlock(b));
            } catch (MetadataException e) {
                errors.add(new RegoError(ErrorCode.PARSE, e.getMessage(), e.location));
            }
        }
        return new Result(out, errors);
    }

    private static final class MetadataException extends Exception {
        final transient Location location;

        MetadataException(String message, Location location) {
            super(message);
            this.location = location;
        }
    }

    private static Block parseBlock(List<Comment> block) throws MetadataException {
        Location at = block.get(0).location();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < block.size(); i++) {
            String t = block.get(i).text();
            text.append(t.startsWith(" ") ? t.substring(1) : t).append('\n');
        }
        if (text.toString().isBlank()) {
            throw new MetadataException("expected METADATA block, found whitespace", at);
        }
        if (nesting(text) > MAX_NESTING) {
            throw new MetadataException("METADATA block is nested too deeply", at);
        }
        Object doc;
        try {
            LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(50).setCodePointLimit(1 << 20).build();
            doc = new Load(settings).loadFromString(text.toString());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            Location loc = block.get(Math.min(line, block.size() - 1)).location();
            throw new MetadataException("yaml: line " + line + ": " + e.getProblem(), loc);
        } catch (YamlEngineException e) {
            throw new MetadataException("yaml: " + e.getMessage(), at);
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new MetadataException("yaml: cannot unmarshal " + describe(doc) + " into annotations", at);
        }
        try {
            return MetadataFields.read(map, at);
        } catch (IllegalArgumentException e) {
            throw new MetadataException(e.getMessage(), at);
        }
    }

    private static int nesting(CharSequence s) {
        int depth = 0;
        int max = 0;
        int indent = 0;
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineStart = true;
                indent = 0;
                continue;
            }
            if (lineStart && (c == ' ' || c == '-')) {
                indent++;
            } else {
                lineStart = false;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            max = Math.max(max, depth + indent / 2);
        }
        return max;
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null";
            case String s -> "!!str `" + s + "`";
            case List<?> l -> "!!seq";
            case Map<?, ?> m -> "!!map";
            default -> "!!" + o.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " `" + o + "`";
        };
    }

    /** Converts YAML values to plain Java values with string map keys, as OPA requires of custom data. */
    static Object plain(Object v, String path) throws IllegalArgumentException {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("invalid map key type(s): " + path);
                }
                out.put(k, plain(e.getValue(), path.isEmpty() ? k : path + "/" + k));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                out.add(plain(l.get(i), path + "/" + i));
            }
            return out;
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return String.valueOf(v);
    }
}
