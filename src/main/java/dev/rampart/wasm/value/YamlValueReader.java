package dev.rampart.wasm.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads YAML into values as OPA's {@code yaml.unmarshal} does (YAML 1.1 scalars, as go-yaml resolves them,
 * then converted to JSON): {@code yes}/{@code off} are booleans, {@code ~} is null, {@code 0x1F} is a number,
 * mapping keys become strings. The whole stream must be valid; the first document is the result.
 */
final class YamlValueReader {
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0o?[0-7_]+");
    private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
    private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE");
    private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");

    /** The same nesting limit Jackson applies to JSON, so that no value is too deep to walk. */
    private static final int MAX_DEPTH = 1000;

    private final Map<Node, Value> converted = new IdentityHashMap<>(); // aliases share their conversion
    private int depth;

    private YamlValueReader() {}

    static LoadSettings settings() {
        // The failsafe schema leaves every plain scalar untyped so that the YAML 1.1 rules below decide.
        return LoadSettings.builder()
                .setSchema(new FailsafeSchema())
                .setMaxAliasesForCollections(50)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(64 * 1024 * 1024)
                .build();
    }

    /** The first document of {@code yaml} (null for an empty stream, as OPA), after checking every document. */
    static Value read(String yaml, String sourceName) {
        try {
            Iterator<Node> docs = new Compose(settings()).composeAllFromString(yaml).iterator();
            Value first = null;
            boolean any = false;
            while (docs.hasNext()) {
                Node node = docs.next();
                if (!any) {
                    first = new YamlValueReader().convert(node);
                    any = true;
                }
            }
            return any ? first : NullValue.INSTANCE;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new InvalidDocumentException(sourceName + ": invalid YAML" + where + ": " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new InvalidDocumentException(sourceName + ": invalid YAML: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // snakeyaml composes recursively and has no depth limit of its own.
            throw new InvalidDocumentException(sourceName + ": invalid YAML: nested too deeply", null);
        }
    }

    private Value convert(Node node) {
        Value done = converted.get(node);
        if (done != null) {
            return done;
        }
        if (++depth > MAX_DEPTH) {
            throw new YamlEngineException("document is nested more than " + MAX_DEPTH + " levels deep");
        }
        Value v = switch (node) {
            case ScalarNode s -> scalar(s);
            case SequenceNode seq -> {
                ArrayValue.Builder b = ArrayValue.builder(seq.getValue().size());
                for (Node item : seq.getValue()) {
                    b.add(convert(item));
                }
                yield b.build();
            }
            case MappingNode map -> mapping(map);
            default -> throw new YamlEngineException("unsupported YAML node " + node.getNodeType());
        };
        depth--;
        converted.put(node, v);
        return v;
    }

    private ObjectValue mapping(MappingNode map) {
        ObjectValue.Builder b = ObjectValue.builder(map.getValue().size());
        for (NodeTuple t : map.getValue()) {
            Value key = convert(t.getKeyNode());
            if (key instanceof ObjectValue || key instanceof ArrayValue) {
                throw new YamlEngineException("mapping keys must be scalars, got " + key.typeName());
            }
            // The JSON that OPA converts YAML through only has string keys.
            String text = key instanceof StringValue s ? s.value() : RegoPrinter.print(key);
            b.put(StringValue.of(text), convert(t.getValueNode()));
        }
        return b.build();
    }

    private static Value scalar(ScalarNode s) {
        String text = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.STR)) {
            return s.isPlain() ? resolvePlain(text) : StringValue.of(text);
        }
        if (tag.equals(Tag.NULL)) {
            return NullValue.INSTANCE;
        }
        if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            Value v = resolvePlain(text);
            if (v instanceof StringValue) {
                throw new YamlEngineException("cannot read " + RegoPrinter.quote(text) + " as " + tag);
            }
            return v;
        }
        // Application tags (CloudFormation's !Ref and friends) carry no meaning for OPA: resolve as usual.
        return s.isPlain() ? resolvePlain(text) : StringValue.of(text);
    }

    /** The value go-yaml gives an untagged plain scalar. */
    static Value resolvePlain(String text) {
        if (NULL.contains(text)) {
            return NullValue.INSTANCE;
        }
        if (TRUE.contains(text)) {
            return BooleanValue.TRUE;
        }
        if (FALSE.contains(text)) {
            return BooleanValue.FALSE;
        }
        char c = text.charAt(0);
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
            return StringValue.of(text);
        }
        if (text.equals(".inf") || text.equals("-.inf") || text.equals("+.inf") || text.equalsIgnoreCase(".nan")) {
            throw new YamlEngineException("JSON has no representation for " + text);
        }
        String digits = text.replace("_", "");
        try {
            if (INT.matcher(text).matches()) {
                return NumberValue.of(new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits));
            }
            if (HEX.matcher(text).matches()) {
                return NumberValue.of(signed(digits, "0x", 16));
            }
            if (BINARY.matcher(text).matches()) {
                return NumberValue.of(signed(digits, "0b", 2));
            }
            if (OCTAL.matcher(text).matches()) {
                return NumberValue.of(signed(digits, digits.contains("0o") ? "0o" : "0", 8));
            }
            if (FLOAT.matcher(text).matches()) {
                return NumberValue.of(new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits));
            }
        } catch (NumberFormatException e) {
            return StringValue.of(text);
        }
        return StringValue.of(text);
    }

    private static BigInteger signed(String digits, String prefix, int radix) {
        boolean negative = digits.startsWith("-");
        String body = digits.substring(digits.startsWith("-") || digits.startsWith("+") ? 1 : 0);
        BigInteger n = new BigInteger(body.substring(prefix.length()), radix);
        return negative ? n.negate() : n;
    }
}
