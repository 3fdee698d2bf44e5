package dev.rampart.wasm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random JSON-shaped documents survive writing and reading back, in JSON and in YAML. */
class RoundTripTest {
    private static final String[] TRICKY = {
        "", " ", "a: b", "#x", "a #b", "- x", "yes", "No", "~", "null", "true", "1", "0x1F", "1e3", "-", "'", "\"",
        "multi\nline", "trailing\n", "tab\there", "  leading", "trailing ", "*star", "&anchor", "!tag", "%pct",
        "@at", "`tick", "{brace}", "[bracket]", "key:", "---", "...", "é ü ß", "\u4e2d\u6587", "\uD83D\uDE00",
        "back\\slash", "ctrl\u0001", "del\u007f", ".inf", ".nan", "<>&", "\u2028sep",
    };

    @Test
    void randomDocumentsSurviveJsonAndYaml() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 300; i++) {
            Value v = value(random, 0);
            assertThat(Values.fromJson(Values.toJson(v))).as("JSON of %s", v).isEqualTo(v);
            assertThat(Values.fromJson(Values.toPrettyJson(v))).as("pretty JSON of %s", v).isEqualTo(v);
            Value back;
            try {
                back = Values.fromYaml(Values.toYaml(v));
            } catch (InvalidDocumentException e) {
                throw new AssertionError("YAML of " + v + " does not read back: " + e.getMessage() + "\n" + Values.toYaml(v), e);
            }
            assertThat(back).as("YAML of %s:\n%s", v, Values.toYaml(v)).isEqualTo(v);
        }
    }

    private static Value value(SplittableRandom r, int depth) {
        int kind = depth > 3 ? r.nextInt(4) : r.nextInt(6);
        return switch (kind) {
            case 0 -> NullValue.INSTANCE;
            case 1 -> BooleanValue.of(r.nextBoolean());
            case 2 -> r.nextBoolean()
                    ? NumberValue.of(r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L))
                    : NumberValue.of(BigDecimal.valueOf(r.nextLong(-100_000, 100_000), r.nextInt(0, 6)));
            case 3 -> StringValue.of(string(r));
            case 4 -> {
                ArrayValue.Builder b = ArrayValue.builder(4);
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.add(value(r, depth + 1));
                }
                yield b.build();
            }
            default -> {
                ObjectValue.Builder b = ObjectValue.builder(4);
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.put(StringValue.of(string(r)), value(r, depth + 1));
                }
                yield b.build();
            }
        };
    }

    private static String string(SplittableRandom r) {
        return r.nextInt(3) == 0 ? "s" + r.nextInt(1000) : TRICKY[r.nextInt(TRICKY.length)] + (r.nextBoolean() ? "" : TRICKY[r.nextInt(TRICKY.length)]);
    }
}
