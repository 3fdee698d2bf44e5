package dev.rampart.rego.conformance;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 (core schema) into values, as regorus' runner (serde_yaml) reads its files: {@code y}, {@code yes},
 * {@code on} are strings, not booleans as in YAML 1.1 (which OPA's loader, and {@code Values.fromYaml}, follow).
 * Numbers keep the digits written, so {@code 5.1000000000000005} stays exactly that.
 */
final class Yaml12 {

    private Yaml12() {}

    static Value read(String text, String name) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setLabel(name)
                .setCodePointLimit(Integer.MAX_VALUE).build();
        Node root = new Compose(settings).composeString(text)
                .orElseThrow(() -> new IllegalStateException(name + ": empty YAML document"));
        return value(root, name);
    }

    private static Value value(Node n, String name) {
        return switch (n) {
            case ScalarNode s -> scalar(s, name);
            case SequenceNode seq -> {
                ArrayValue.Builder b = ArrayValue.builder(seq.getValue().size());
                seq.getValue().forEach(e -> b.add(value(e, name)));
                yield b.build();
            }
            case MappingNode m -> {
                ObjectValue.Builder b = ObjectValue.builder(m.getValue().size());
                for (NodeTuple t : m.getValue()) {
                    b.put(value(t.getKeyNode(), name), value(t.getValueNode(), name));
                }
                yield b.build();
            }
            default -> throw new IllegalStateException(name + ": unsupported YAML node " + n);
        };
    }

    private static Value scalar(ScalarNode s, String name) {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            return NullValue.INSTANCE;
        }
        if (tag.equals(Tag.BOOL)) {
            return BooleanValue.of(v.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            String digits = v.replace("_", "");
            boolean neg = digits.startsWith("-");
            String abs = digits.replaceFirst("^[-+]", "");
            BigInteger i = abs.startsWith("0x") ? new BigInteger(abs.substring(2), 16)
                    : abs.startsWith("0o") ? new BigInteger(abs.substring(2), 8) : new BigInteger(abs);
            return NumberValue.of(neg ? i.negate() : i);
        }
        if (tag.equals(Tag.FLOAT)) {
            if (v.matches("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)")) {
                throw new IllegalStateException(name + ": " + v + " has no JSON value");
            }
            return NumberValue.parse(v.startsWith("+") ? v.substring(1) : v);
        }
        return StringValue.of(v);
    }
}
